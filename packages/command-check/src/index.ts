export { type CheckContext, checkCommand, findCommands, type ShownCommand } from './commands.ts';
export { type Builtin, parsePnpmHelp, pnpmBuiltins } from './pnpm-builtins.ts';
export { repositoryTexts, type TextSource } from './sources.ts';
export { loadWorkspace, type Workspace, type WorkspacePackage } from './workspace.ts';
