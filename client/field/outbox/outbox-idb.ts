import type { IDBPDatabase } from 'idb';
import { openFieldDb, type FieldDb } from '../field-idb';
import type { OutboxItem, OutboxStorage, RefusedItem } from './outbox-item';

/**
 * The queue in IndexedDB (database jingwang-field): survives a closed tab, a reload offline and a restarted phone.
 * Pending items are keyed by an auto-increment seq, so reading the store in key order is the send order.
 */
export class IdbOutboxStorage implements OutboxStorage {
  private constructor(private readonly db: IDBPDatabase<FieldDb>) {}

  static async open(name = 'jingwang-field'): Promise<IdbOutboxStorage> {
    return new IdbOutboxStorage(await openFieldDb(name));
  }

  pending() {
    return this.db.getAll('pending');
  }
  async add(item: OutboxItem) {
    const { seq: _seq, ...fresh } = item;
    await this.db.add('pending', fresh as OutboxItem);
  }
  async update(item: OutboxItem) {
    await this.db.put('pending', item);
  }
  async remove(seq: number) {
    await this.db.delete('pending', seq);
  }
  async refuse(seq: number, refused: RefusedItem) {
    const tx = this.db.transaction(['pending', 'refused'], 'readwrite');
    await Promise.all([tx.objectStore('pending').delete(seq), tx.objectStore('refused').put(refused), tx.done]);
  }
  refused() {
    return this.db.getAll('refused');
  }
  async dismissRefused(id: string) {
    await this.db.delete('refused', id);
  }
}
