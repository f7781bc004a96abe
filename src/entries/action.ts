// The GitHub Action's entry (action.yml's runs.main, bundled): the run lives in src/main.ts.
import { run } from "../main.js";

void run();
