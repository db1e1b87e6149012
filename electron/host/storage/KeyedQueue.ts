/**
 * Runs the tasks of one key one after another, in call order, so two saves of one workshop
 * cannot finish in the wrong order and a recovery never races a save. Different keys run freely.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    // The stored tail never rejects: one failed task must not block the ones queued after it.
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
