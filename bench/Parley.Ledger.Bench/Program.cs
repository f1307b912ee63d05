using Parley.Ledger.Bench;

var options = BenchOptions.Parse(args);
await using var harness = await LedgerHarness.CreateAsync(options);
await harness.RunAsync();
