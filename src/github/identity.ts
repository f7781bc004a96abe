// Who this token writes as, to tell our comments and issues from anyone else's that carry our marker.
import { RequestError } from "@octokit/request-error";
import * as z from "zod";
import type { GitHub } from "./client.js";

export type Author = { login: string; type: string };

const User = z.object({ login: z.string() });

/**
 * Who this token writes as. A personal token can ask GitHub; the workflow's token and app tokens get a
 * 403 from /user, and write as a bot, which no person can impersonate.
 */
export async function identity(github: GitHub): Promise<(user: Author) => boolean> {
  try {
    const { login } = User.parse((await github.request("GET /user")).data);
    return (user) => user.login === login;
  } catch (error) {
    if (error instanceof RequestError && (error.status === 401 || error.status === 403))
      return (user) => user.type === "Bot";
    throw error;
  }
}
