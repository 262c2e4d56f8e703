# dossier: the two set-up commands of the README, and the developer targets.
#   make demo    install deps, Release build, build the demo dossier from examples/
#   make test    install deps, build, run every test with ctest (and under ASan+UBSan)
#   make eval    accuracy scores against ../shared (skips cleanly without it)
#   make bench   throughput benchmarks (bench/)
JOBS ?= 2
SHARED ?= $(abspath ../shared)
RELEASE := build/release
DEBUG := build/asan
DOSSIER := $(RELEASE)/cli/dossier

.PHONY: all demo test test-release test-asan eval bench deps release asan format tidy clean

all: release

deps:
	@scripts/install-deps $(if $(NO_BROWSER),,--browser)

release: deps
	@cmake -S . -B $(RELEASE) -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_SHARED_DIR=$(SHARED) >/dev/null
	@cmake --build $(RELEASE) -j$(JOBS)

asan: deps
	@cmake -S . -B $(DEBUG) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDOSSIER_SANITIZE=ON -DDOSSIER_SHARED_DIR=$(SHARED) >/dev/null
	@cmake --build $(DEBUG) -j$(JOBS)

demo: release
	@rm -f build/demo.db build/demo.db-wal build/demo.db-shm
	@$(DOSSIER) build examples/ -o build/demo.db
	@$(DOSSIER) info build/demo.db
	@echo
	@$(DOSSIER) figures build/demo.db
	@echo
	@$(DOSSIER) sources build/demo.db
	@$(DOSSIER) report build/demo.db -o build/demo-report.html
	@echo "The HTML dossier: build/demo-report.html"

test-release: release
	@cd $(RELEASE) && ctest --output-on-failure -j$(JOBS)

test-asan: asan
	@cd $(DEBUG) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j$(JOBS) -LE slow

test: test-release test-asan

eval: release
	@scripts/eval $(DOSSIER) $(SHARED)

bench: deps
	@cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON -DDOSSIER_SHARED_DIR=$(SHARED) >/dev/null
	@cmake --build build/bench -j$(JOBS)
	@scripts/bench build/bench $(SHARED)

format:
	@git ls-files '*.cc' '*.h' | xargs clang-format -i

tidy: deps
	@cmake -S . -B build/tidy -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_CLANG_TIDY=clang-tidy >/dev/null
	@cmake --build build/tidy -j$(JOBS)

clean:
	@rm -rf build
