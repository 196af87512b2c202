/* Imports a region tree file into the registry's store:
 *   npm run registry:regions -- <file.csv|file.json>
 * Uses MONGO_URL and MONGO_DB (default qz_registry). All rows are checked first; one wrong row
 * refuses the whole file and every wrong row is printed. */
import 'reflect-metadata';
import { isDomainError } from '@qz/kernel';
import { createConnection } from 'mongoose';
import { RegionImportService } from './region-import.service';
import { RegionRepository } from './region.repository';
import { RegionDocument, RegionSchema } from './region.schema';

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('usage: npm run registry:regions -- <file.csv|file.json>');
    return 2;
  }
  const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?retryWrites=false';
  const connection = await createConnection(url, {
    dbName: process.env.MONGO_DB ?? 'qz_registry',
  }).asPromise();
  try {
    const model = connection.model(RegionDocument.name, RegionSchema);
    await model.syncIndexes();
    const { imported } = await new RegionImportService(new RegionRepository(model)).importFile(file);
    console.log(`imported ${imported} regions from ${file}`);
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    console.error(`${error.code}: ${error.message}`);
    return 1;
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
