# bench.mk: make bench, included from the Makefile (after PROGS is set).
#
# make bench          tools, corpus generator and ICU helper built, then
#                     bench/run.sh: MB/s of every tool beside its baselines
#                     and peak RSS at 10 MB vs 100 MB (a few minutes)
# make bench-profile  bench/profile.sh: perf (or callgrind) per tool
# make bench-deps     installs the baselines (libicu-dev uchardet) as root,
#                     otherwise prints the apt-get command
# make bench-clean    removes the helpers and the corpora
#
# BENCH_MB=50 BENCH_RSS="10 100" BENCH_SEED=1 BENCH_RUNS=3 BENCH_NPM=auto|no
# BENCH_DIR=/tmp/ondit-bench BENCH_HTML_MB=20: see bench/run.sh.  Nothing is
# installed by make bench: a missing baseline is named with its apt-get
# command and its row skipped (sentencex is tried with npm inside BENCH_DIR
# only).

BENCH_MB	?= 50
BENCH_RSS	?= 10 100
BENCH_SEED	?= 1
BENCH_RUNS	?= 3
BENCH_NPM	?= auto
BENCH_DIR	?= /tmp/ondit-bench
BENCH_HTML_MB	?= 20
BENCH_BUILD	= $(BUILD)/bench
BENCH_DEB	= libicu-dev uchardet
BENCH_CFLAGS	= -std=c11 -D_GNU_SOURCE $(WARNINGS) $(CFLAGS)

$(BENCH_BUILD)/gencorpus: bench/gencorpus.c
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) $(LDFLAGS) -o $@ bench/gencorpus.c

# Built only when ICU is there: without it, the rule says what to install
# and the ICU row is skipped instead of the target failing.
BENCH_ICU_CMD	= $(CC) $(BENCH_CFLAGS) $$(pkg-config --cflags icu-uc \
		  2>/dev/null) $(LDFLAGS) -o $@ bench/icu-sentences.c \
		  $$(pkg-config --libs icu-uc 2>/dev/null || \
		  echo -licuuc -licudata)

$(BENCH_BUILD)/icu-sentences: bench/icu-sentences.c
	@mkdir -p $(@D)
	@if pkg-config --exists icu-uc 2>/dev/null || \
	    [ -f /usr/include/unicode/ubrk.h ]; then \
	  echo '$(BENCH_ICU_CMD)'; $(BENCH_ICU_CMD); \
	else \
	  echo "bench: ICU not found: apt-get install -y libicu-dev" \
	    "(or make bench-deps as root); the ICU row is skipped"; \
	fi

# libxml2's HTML parser alone, the floor of decode's web pages
$(BENCH_BUILD)/html-parse: bench/html-parse.c
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) $(PKG_CFLAGS) $(LDFLAGS) -o $@ \
	    bench/html-parse.c $(PKG_LIBS)

bench: $(PROGS) $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/icu-sentences \
    $(BENCH_BUILD)/html-parse
	@BIN=$(BIN) GENCORPUS=$(BENCH_BUILD)/gencorpus \
	ICU_SENTENCES=$(BENCH_BUILD)/icu-sentences \
	HTML_PARSE=$(BENCH_BUILD)/html-parse \
	BENCH_MB=$(BENCH_MB) BENCH_RSS="$(BENCH_RSS)" BENCH_SEED=$(BENCH_SEED) \
	BENCH_RUNS=$(BENCH_RUNS) BENCH_DIR=$(BENCH_DIR) BENCH_NPM=$(BENCH_NPM) \
	BENCH_HTML_MB=$(BENCH_HTML_MB) bash bench/run.sh

# Preloaded by bench/profile.sh to time each PCRE2 pattern.
$(BENCH_BUILD)/rxprof.so: bench/rxprof.c
	@mkdir -p $(@D)
	$(CC) $(WARNINGS) $(CFLAGS) -fPIC -shared $(LDFLAGS) -o $@ \
	    bench/rxprof.c -ldl

# Replays the calls of a pattern that rxprof.so dumped (RXPROF_DUMP).
$(BENCH_BUILD)/rxreplay: bench/rxreplay.c
	@mkdir -p $(@D)
	$(CC) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ bench/rxreplay.c -lpcre2-8

bench-profile: $(PROGS) $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/rxprof.so \
    $(BENCH_BUILD)/rxreplay
	@BIN=$(BIN) GENCORPUS=$(BENCH_BUILD)/gencorpus \
	RXPROF=$(BENCH_BUILD)/rxprof.so BENCH_DIR=$(BENCH_DIR) \
	    bash bench/profile.sh

bench-deps:
	@sh build-aux/deps.sh $(BENCH_DEB)

bench-clean:
	rm -rf $(BENCH_BUILD) $(BENCH_DIR)

.PHONY: bench bench-profile bench-deps bench-clean
