// author_association, reduced to what the fake knows: the repository's owner, or no relation.
import type { Account, RepoState } from "../state.js";

export const association = (repo: RepoState, account: Account) =>
  account.id === repo.owner.id ? "OWNER" : "NONE";
