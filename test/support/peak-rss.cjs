// Preloaded into the action by the fuzz test (NODE_OPTIONS=--require): at exit, the process's peak
// resident memory in kB goes to the file PEAK_RSS_FILE names, so that no output of the action changes.
const { writeFileSync } = require("node:fs");

const file = process.env.PEAK_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // A measurement lost is not the action's failure.
    }
  });
}
