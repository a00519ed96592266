// Each class runs a web host, a Chromium and several connection pools (domain, rounds, email, engine, Hangfire) on a
// PostgreSQL cluster and two cores shared with other suites: two classes at a time keep the suite fast and bounded.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
