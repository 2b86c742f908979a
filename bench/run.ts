// `npm run bench`: filled in by the benchmark issue. Until then it says so plainly.
console.log("no benchmarks yet");
