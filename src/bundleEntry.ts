/**
 * The single entry of the ncc bundle (dist/index.js). The thin files dist/cli/index.js and
 * dist/actions/<name>/index.js import it and call one of these. Both load their code lazily, so the
 * CLI never loads the GitHub toolkit and an action never loads the CLI framework.
 */
export async function runCli(argv: string[]): Promise<number> {
  return (await import('./cli/program.js')).runCli(argv);
}

export async function runAction(name: import('./actions/runAction.js').ActionName): Promise<void> {
  return (await import('./actions/runAction.js')).runAction(name);
}
