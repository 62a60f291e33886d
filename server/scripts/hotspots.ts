import { main } from './hotspots-cli';

process.exitCode = main(process.argv.slice(2));
