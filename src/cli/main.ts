import { runServeCommand } from './serve.js';

const usage = `switchyard — OpenAI-compatible gateway for vLLM fleets

Usage:
  switchyard serve [--config FILE]     run the gateway (no config: embedded demo with simulated replicas)
  switchyard sim --port P --model NAME  run a vLLM-compatible simulator
  switchyard doctor [--config FILE]     diagnose connectivity to the configured replicas
  switchyard <command> --help           options of a command
`;

export async function main(argv: string[]): Promise<number | void> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'serve':
      return runServeCommand(rest);
    case 'sim': {
      const { runSimCommand } = await import('../sim/cli.js');
      return runSimCommand(rest);
    }
    case 'doctor': {
      const { runDoctorCommand } = await import('../doctor/cli.js');
      return runDoctorCommand(rest);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(usage);
      return cmd === undefined ? 1 : 0;
    default:
      process.stderr.write(`unknown command "${cmd}"\n\n${usage}`);
      return 1;
  }
}
