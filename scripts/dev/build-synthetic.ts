import { writeSyntheticData } from '../synthetic-data';
import { buildMap } from '../bench/sites';
const n = Number(process.argv[2] ?? 10000);
buildMap(`bench-results/dist-${n}`, writeSyntheticData(n, `bench-results/data-${n}`));
