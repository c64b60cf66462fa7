import { describe, expect, it } from "vitest";
import { getHeapStatistics } from "node:v8";
import { collectGarbage, collectGarbageIfLarge, FRESH_GROWTH, GarbageWatch } from "../src/memory.ts";

const heap = (): number => getHeapStatistics().used_heap_size;

describe("GarbageWatch", () => {
  it("leaves a heap alone until it has grown past the threshold", () => {
    const watch = new GarbageWatch(64 * 1024 * 1024);
    expect(watch.check()).toBe(false);
  });

  it("collects the dead data once the heap grew past the threshold, and keeps what is live", () => {
    const watch = new GarbageWatch(8 * 1024 * 1024);
    const live = Array.from({ length: 50_000 }, (_, i) => `live ${i} ${"x".repeat(100)}`);
    let dead: string[] | null = Array.from({ length: 200_000 }, (_, i) => `dead ${i} ${"y".repeat(100)}`);
    const grown = heap();
    expect(dead.length).toBe(200_000);
    dead = null;
    expect(watch.check()).toBe(true);
    // The dead strings (about 25 MB) are gone; the live ones are still there.
    expect(grown - heap()).toBeGreaterThan(16 * 1024 * 1024);
    expect(live[49_999]).toMatch(/^live 49999 x/);
    // Measured again from the collection: no growth since, no second collection.
    expect(watch.check()).toBe(false);
  });
});

describe("collectGarbageIfLarge", () => {
  it("collects a heap larger than the limit, and leaves a smaller one alone", () => {
    let dead: string[] | null = Array.from({ length: 200_000 }, (_, i) => `dead ${i} ${"y".repeat(100)}`);
    const grown = heap();
    expect(dead.length).toBe(200_000);
    dead = null;
    // A limit above the heap: nothing is collected, the dead strings are still counted.
    expect(collectGarbageIfLarge(grown + 64 * 1024 * 1024)).toBe(false);
    expect(heap()).toBeGreaterThan(grown - 16 * 1024 * 1024);
    // A limit below it: collected.
    expect(collectGarbageIfLarge(8 * 1024 * 1024)).toBe(true);
    expect(grown - heap()).toBeGreaterThan(16 * 1024 * 1024);
  });

  it("does not collect again when the heap grew by less than FRESH_GROWTH since the last collection", () => {
    collectGarbage();
    expect(collectGarbageIfLarge(1)).toBe(false);
    let dead: string[] | null = Array.from({ length: 200_000 }, (_, i) => `dead ${i} ${"y".repeat(100)}`);
    expect(heap()).toBeGreaterThan(FRESH_GROWTH);
    expect(dead.length).toBe(200_000);
    dead = null;
    expect(collectGarbageIfLarge(1)).toBe(true);
  });
});
