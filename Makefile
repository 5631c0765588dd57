# PlanGen: the two commands a newcomer needs are `make plans` and `make test`.
DOTNET ?= dotnet
CONFIG ?= Release
BENCH_SCHOOLS ?= 1000
PLANGEN = $(DOTNET) src/PlanGen.Cli/bin/$(CONFIG)/net10.0/plangen.dll

.PHONY: plans test validate cli cli-progress clean bench tool-test

## Build every example school's plans (all formats) into output/.
## Shows the restore/build of PlanGen itself (the first time about a minute); later runs skip unchanged schools.
plans: cli-progress
	$(PLANGEN) build --format all

## Run every test (unit, golden, writers, end-to-end).
test:
	$(DOTNET) test PlanGen.sln -c $(CONFIG) --nologo

## Check every school's YAML without writing anything.
validate: cli
	$(PLANGEN) validate

## Benchmarks: end-to-end over 1,000 synthetic schools with the real CLI, then BenchmarkDotNet for the hot parts (docs/performance.md).
bench: cli
	$(DOTNET) build tests/PlanGen.Build.Bench -c $(CONFIG) --nologo -v quiet
	CONFIG=$(CONFIG) tests/PlanGen.Build.Bench/end-to-end.sh $(BENCH_SCHOOLS)
	cd tests/PlanGen.Build.Bench && $(DOTNET) bin/$(CONFIG)/net10.0/PlanGen.Build.Bench.dll --filter '*SchoolBenchmarks*' --job short

## Pack plangen as a .NET tool (linux-x64: Native AOT), install it in a temp folder, build every example school with it and time its cold start (docs/ci.md, docs/performance.md).
tool-test: cli
	tests/PlanGen.Build.Tests/tool-install.sh

cli-progress:
	@echo "plans: PlanGen bouwen (dotnet build; de eerste keer duurt dit ongeveer een minuut)"
	$(DOTNET) build src/PlanGen.Cli -c $(CONFIG) --nologo -v minimal -clp:NoSummary

cli:
	$(DOTNET) build src/PlanGen.Cli -c $(CONFIG) --nologo -v quiet

clean:
	rm -rf output/*/ src/*/bin src/*/obj tests/*/bin tests/*/obj
