import type { Command } from 'commander';

/** `slipway secret generate-key | encrypt | decrypt`: werf's secret format (werf helm secret …). */
export function registerSecret(program: Command): void {
  const secret = program.command('secret').description("werf's encrypted secrets: make a key, encrypt and decrypt values (key in $WERF_SECRET_KEY or .werf_secret_key)");
  secret
    .command('generate-key')
    .description('print a new secret key (AES-128, hex), as werf helm secret generate-secret-key')
    .action(async () => {
      const { generateWerfSecretKey } = await import('../../core/werf/werfSecret.js');
      process.stdout.write(`${generateWerfSecretKey()}\n`);
    });
  for (const action of ['encrypt', 'decrypt'] as const) {
    secret
      .command(action)
      .description(`${action} stdin: one value, or with --values a values YAML (every string ${action}ed, as werf helm secret values ${action})`)
      .option('--values', `stdin is a secret values YAML: ${action} every string of it`)
      .option('-o, --output-file <file>', 'write the result to this file instead of stdout')
      .action(async (options: { values?: boolean; outputFile?: string }) => {
        const { readFileSync, writeFileSync } = await import('node:fs');
        const { runSecretCommand } = await import('../secretCommand.js');
        const result = runSecretCommand(action, readFileSync(0), { values: options.values ?? false, key: { ...(process.env.WERF_SECRET_KEY ? { environment: process.env.WERF_SECRET_KEY } : {}), projectDir: process.cwd(), ...(process.env.HOME ? { homeDir: process.env.HOME } : {}) } });
        if (options.outputFile) writeFileSync(options.outputFile, result);
        else process.stdout.write(result);
      });
  }
}
