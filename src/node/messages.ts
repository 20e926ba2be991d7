// The file readers' and writers' messages, taken from the catalogue (src/basics/messages/en.ts: nodeIssues, nodeUsage).
export { nodeIssues as ISSUE, nodeUsage as USAGE } from '../basics/messages/en.js';
