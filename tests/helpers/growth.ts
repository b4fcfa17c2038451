/**
 * Bounded work without a stopwatch: how much more CPU a function spends on a larger input than on
 * a smaller one, measured in one run. CPU time (user + system) does not count time spent preempted
 * by other processes, the runs of both sizes are interleaved (so a busy spell hits both) and the
 * best of each is kept. A linear function grows by about the size factor; a quadratic one by its
 * square. Timing figures themselves belong in `npm run bench`.
 */
const cpuMs = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

export function cpuGrowth(small: () => unknown, large: () => unknown, rounds = 3): number {
  small(); // warms the JIT up
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, cpuMs(small));
    bestLarge = Math.min(bestLarge, cpuMs(large));
  }
  // A floor of 1 ms on the small run: below it the clock's grain, not the work, sets the ratio.
  return bestLarge / Math.max(bestSmall, 1);
}
