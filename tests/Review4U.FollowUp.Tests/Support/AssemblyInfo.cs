// Each follow-up world holds several connection pools (domain, rounds, email, engine, Hangfire) on a PostgreSQL cluster
// shared with other suites: two classes at a time stay well under its max_connections.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
