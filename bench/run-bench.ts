// Placeholder replaced by the benchmark harness (issue 6); kept so `npm run bench` exists.
console.log('bench: see docs/benchmarks.md');
