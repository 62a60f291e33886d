import { main } from './redistrict-cli';

process.exitCode = main(process.argv.slice(2));
