// Placeholder replaced by the evaluation harness (issue 8); kept so `npm run eval` exists.
console.log('eval: see docs/accuracy.md');
