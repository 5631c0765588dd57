# PlanGen: the two commands a newcomer needs are `make plans` and `make test`.
DOTNET ?= dotnet
CONFIG ?= Release
PLANGEN = $(DOTNET) src/PlanGen.Cli/bin/$(CONFIG)/net10.0/plangen.dll

.PHONY: plans test validate cli clean

## Build every example school's plans (all formats) into output/.
plans: cli
	$(PLANGEN) build --format all

## Run every test (unit, golden, writers, end-to-end).
test:
	$(DOTNET) test PlanGen.sln -c $(CONFIG) --nologo

## Check every school's YAML without writing anything.
validate: cli
	$(PLANGEN) validate

cli:
	$(DOTNET) build src/PlanGen.Cli -c $(CONFIG) --nologo -v quiet

clean:
	rm -rf output/*/ src/*/bin src/*/obj tests/*/bin tests/*/obj
