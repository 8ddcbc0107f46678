// Hangfire keeps its storage in a static, and the hosts here each own the process's Orleans ports: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
