// Every test file gets a fresh in-memory IndexedDB on globalThis (indexedDB, IDBKeyRange, ...).
import "fake-indexeddb/auto";
