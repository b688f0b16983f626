# fuzz.mk: make fuzz, included from the Makefile.
#
# make fuzz             builds the harnesses of fuzz/ with clang and
#                       libFuzzer (ASan and UBSan), then runs each for
#                       FUZZ_TIME seconds, FUZZ_JOBS at a time, under nice
# make fuzz-build       the harnesses only
# make fuzz-deps        installs clang and libclang-rt-14-dev (as root)
#
# FUZZ_TIME=600 FUZZ_JOBS=2 FUZZ_TARGETS="rec decode ...": see
# fuzz/run.sh.  A crash leaves build-fuzz/crash-<target>-*; copy it to
# tests/data/robust/ with a test in tests/robust.bats once fixed.
# Not part of make check, which does not need clang.

FUZZ_TIME	?= 600
FUZZ_JOBS	?= 2
FUZZ_CC		?= clang
FUZZ_BUILD	= build-fuzz
FUZZ_SAN	= -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS	= -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
		  -fsanitize=fuzzer-no-link
FUZZ_DEB	= clang libclang-rt-14-dev
FUZZ_ALL	= rec charset repair decode segment quote rules
FUZZ_TARGETS	?= $(FUZZ_ALL)


fuzz-deps:
	@sh build-aux/deps.sh $(FUZZ_DEB)

# The library and tool objects with the fuzzing flags, in their own dir.
fuzz-objs:
	@sh build-aux/deps.sh --quiet $(FUZZ_DEB)
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
	    CFLAGS="$(FUZZ_CFLAGS)" LTO= $(FUZZ_BUILD)/libondit.a \
	    $(FUZZ_BUILD)/src/tool.o \
	    $(filter-out %/main.o,$(decode_SRC:%.c=$(FUZZ_BUILD)/%.o)) \
	    $(filter-out %/main.o,$(quote-extract_SRC:%.c=$(FUZZ_BUILD)/%.o))

fuzz-build: fuzz-objs
	@for t in $(FUZZ_ALL); do \
	  libs=; \
	  case $$t in \
	    decode|charset|repair) objs="$(filter-out %/main.o,$(decode_SRC:%.c=$(FUZZ_BUILD)/%.o))"; \
	      libs="$(decode_LIBS)" ;; \
	    quote) objs="$(filter-out %/main.o,$(quote-extract_SRC:%.c=$(FUZZ_BUILD)/%.o))" ;; \
	    *) objs= ;; \
	  esac; \
	  echo "$(FUZZ_CC) ... -o $(FUZZ_BUILD)/fuzz-$$t fuzz/$$t.c"; \
	  $(FUZZ_CC) $(ALL_CPPFLAGS) -Isrc/decode -Isrc/quote-extract \
	    -std=c11 -Wall -Wextra -O1 -g -fno-omit-frame-pointer \
	    $(FUZZ_SAN) -fsanitize=fuzzer -o $(FUZZ_BUILD)/fuzz-$$t \
	    fuzz/$$t.c $$objs $(FUZZ_BUILD)/src/tool.o \
	    $(FUZZ_BUILD)/libondit.a $$libs $(LDLIBS) || exit 1; \
	done

fuzz: fuzz-build all
	@FUZZ_TIME=$(FUZZ_TIME) FUZZ_JOBS=$(FUZZ_JOBS) BIN=$(BIN) \
	    sh fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-build fuzz-objs fuzz-deps
