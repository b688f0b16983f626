# ondit: who said what, and what stance did they take.
# make            build bin/ (installs missing dependencies first: make deps)
# make demo       run the whole pipeline on examples/
# make check      build and run every test
# make check-valgrind  the tests with every tool under valgrind
# make fuzz       libFuzzer harnesses of fuzz/, FUZZ_TIME seconds each
# make bench      throughput of each tool beside its baselines
# make install    PREFIX, DESTDIR, BINDIR, MANDIR, COMPLETIONDIR and
#                 PROGRAM_PREFIX honoured; make uninstall the same
# make dist       ondit-$(VERSION).tar.gz, which builds and checks alone
# make distcheck  make dist, then make check in the unpacked tarball

VERSION		= 0.1.0
PREFIX		?= /usr/local
BINDIR		?= $(PREFIX)/bin
MANDIR		?= $(PREFIX)/share/man
COMPLETIONDIR	?= $(PREFIX)/share/bash-completion/completions
PROGRAM_PREFIX	?=

CC		?= cc
CFLAGS		?= -O2 -g
# link-time optimisation: the library's small functions (word sets,
# matching, UTF-8) inlined into the tools; LTO= builds without it
LTO		?= -flto=auto -ffat-lto-objects
WARNINGS	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ALL_CPPFLAGS	= -D_GNU_SOURCE -DONDIT_VERSION='"$(VERSION)"' -Ilib -Isrc \
		  $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS	= -std=c11 $(WARNINGS) $(CFLAGS) $(LTO)
PKGS		= libxml-2.0 zlib
PKG_CFLAGS	:= $(shell pkg-config --cflags $(PKGS) 2>/dev/null || \
		   echo -I/usr/include/libxml2)
PKG_LIBS	:= $(shell pkg-config --libs $(PKGS) 2>/dev/null || \
		   echo -lxml2 -lz)
LDLIBS		= -lpcre2-8 -lutf8proc -lm

# Objects go to $(BUILD), tools to $(BIN): a sanitizer build uses others.
BUILD		?= build
BIN		?= bin

TOOLS		= decode segment quote-extract stance-tag
LIB_SRC		= lib/buf.c lib/rec.c lib/u8.c lib/rules.c lib/lang.c \
		  lib/langid.c lib/sent.c
LANG_FILES	= $(sort $(filter-out %.md,$(wildcard lang/*/*)))
decode_SRC	= src/decode/main.c src/decode/doc.c src/decode/charset.c \
		  src/decode/repair.c src/decode/entity.c src/decode/clean.c \
		  src/decode/gz.c src/decode/html.c src/decode/extract.c \
		  src/decode/meta.c
decode_LIBS	= $(PKG_LIBS)
decode_SRC	+= src/decode/input.c

decode_OBJ	= $(decode_SRC:%.c=$(BUILD)/%.o)
segment_SRC	= src/segment.c
segment_OBJ	= $(segment_SRC:%.c=$(BUILD)/%.o)
quote-extract_SRC = src/quote-extract/main.c src/quote-extract/marks.c \
		  src/quote-extract/attrib.c src/quote-extract/speaker.c
quote-extract_OBJ = $(quote-extract_SRC:%.c=$(BUILD)/%.o) \
		  $(BUILD)/packed-rules.o
stance-tag_SRC	= src/stance-tag/main.c src/stance-tag/engine.c
stance-tag_OBJ	= $(stance-tag_SRC:%.c=$(BUILD)/%.o)
LIB_OBJ		= $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/langdata.o
TOOL_OBJ	= $(BUILD)/src/tool.o
PROGS		= $(TOOLS:%=$(BIN)/%)

all: deps-check $(PROGS)

# (after deps-check, which installs the headers, even under make -j)
$(BUILD)/%.o: %.c | deps-check
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/langdata.c: $(LANG_FILES) lib/embed.awk
	@mkdir -p $(@D)
	LC_ALL=C awk -f lib/embed.awk $(LANG_FILES) > $@.tmp && mv $@.tmp $@

$(BUILD)/langdata.o: $(BUILD)/langdata.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# quote-extract's built-in rules, compiled by a program of the build
# (build-aux/pack-rules.c) and linked into the tool, which decodes them
# instead of compiling them on each run
$(BUILD)/pack-rules: $(BUILD)/build-aux/pack-rules.o \
    $(BUILD)/src/quote-extract/attrib.o $(BUILD)/libondit.a
	$(CC) $(CFLAGS) $(LTO) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/packed-rules.c: $(BUILD)/pack-rules
	$(BUILD)/pack-rules > $@.tmp && mv $@.tmp $@

$(BUILD)/packed-rules.o: $(BUILD)/packed-rules.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libondit.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

.SECONDEXPANSION:
$(BIN)/%: $$($$*_OBJ) $(TOOL_OBJ) \
    $(BUILD)/libondit.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LTO) $(LDFLAGS) -o $@ $^ $($*_LIBS) $(LDLIBS)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# --- dependencies (Debian and Ubuntu) ---
DEB_PACKAGES	= gcc make libc6-dev pkg-config libpcre2-dev libutf8proc-dev \
		  libxml2-dev zlib1g-dev bats bats-support bats-assert mandoc \
		  gzip parallel

deps:
	@sh build-aux/deps.sh $(DEB_PACKAGES)

deps-check:
	@sh build-aux/deps.sh --quiet $(DEB_PACKAGES)

# --- running ---
# The whole pipeline on every bundled article: who said what, and the
# stance taken (doc par speaker cue kind stance target quotation).
demo: all
	@$(BIN)/decode examples/*.txt | $(BIN)/segment | \
	    $(BIN)/quote-extract | $(BIN)/stance-tag | \
	    cut -f 1,3,5,8,9,10,13,15 | \
	    awk -F '\t' '{ if (length($$8) > 70) $$8 = substr($$8, 1, 67) "..."; print }' OFS='\t'

eval: all
	@sh bench/eval-quotes.sh
	@sh bench/eval-stance.sh
	@BIN=$(BIN) sh bench/eval-html.sh
	@BIN=$(BIN) sh bench/eval-segment.sh

# Regenerates golden outputs after a reviewed change; never part of check.
golden: all
	sh tests/data/decode/regen.sh $(BIN)/decode

check: all
	@PATH="$(CURDIR)/$(BIN):$$PATH" bats tests

# --- installing ---
# The language resources are inside the programs: nothing else to install.
# Each tool gets a copy of the completion file that knows the prefix.
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	    $(DESTDIR)$(COMPLETIONDIR)
	for t in $(TOOLS); do \
	  cp $(BIN)/$$t $(DESTDIR)$(BINDIR)/$(PROGRAM_PREFIX)$$t && \
	  cp man/$$t.1 $(DESTDIR)$(MANDIR)/man1/$(PROGRAM_PREFIX)$$t.1 && \
	  sed 's/^_ondit_prefix=$$/_ondit_prefix=$(PROGRAM_PREFIX)/' \
	    completion/ondit.bash \
	    > $(DESTDIR)$(COMPLETIONDIR)/$(PROGRAM_PREFIX)$$t || exit 1; \
	done
	cp man/ondit-rules.5 $(DESTDIR)$(MANDIR)/man5/
	cp man/ondit.7 $(DESTDIR)$(MANDIR)/man7/

uninstall:
	for t in $(TOOLS); do \
	  rm -f $(DESTDIR)$(BINDIR)/$(PROGRAM_PREFIX)$$t \
	    $(DESTDIR)$(MANDIR)/man1/$(PROGRAM_PREFIX)$$t.1 \
	    $(DESTDIR)$(COMPLETIONDIR)/$(PROGRAM_PREFIX)$$t; \
	done
	rm -f $(DESTDIR)$(MANDIR)/man5/ondit-rules.5 \
	    $(DESTDIR)$(MANDIR)/man7/ondit.7

# --- a release ---
# The files git knows (as they are in the work tree), or, in a tree
# unpacked from a tarball, every file but the build's.
DIST		= ondit-$(VERSION)
DIST_LIST	= if [ -e .git ]; then git ls-files; else find . -type f \
		  ! -path './build/*' ! -path './build-san/*' ! -path './bin/*' \
		  ! -path './$(BUILD)/*' ! -path './$(BIN)/*' \
		  ! -path './ondit-*.check/*' ! -name 'ondit-*.tar.gz' | \
		  sed 's,^\./,,'; fi

dist:
	rm -f $(DIST).tar.gz
	$(DIST_LIST) | LC_ALL=C sort | tar -czf $(DIST).tar.gz \
	    --transform 's,^,$(DIST)/,' --owner=0 --group=0 \
	    --numeric-owner --mode='u+rw,go+r-w' -T -
	@echo "$(DIST).tar.gz"

# The tests of the tarball do not run make check themselves: no loop.
distcheck: dist
	rm -rf $(DIST).check
	mkdir $(DIST).check
	tar -xzf $(DIST).tar.gz -C $(DIST).check
	$(MAKE) -C $(DIST).check/$(DIST) check
	rm -rf $(DIST).check
	@echo "$(DIST).tar.gz: make check passes in a clean directory"

clean:
	rm -rf build build-san build-fuzz bin $(DIST).tar.gz $(DIST).check

.SECONDARY:
.PHONY: all deps deps-check demo eval golden check install uninstall dist \
	distcheck clean
include bench/bench.mk
include fuzz/fuzz.mk

# --- the suite under valgrind (not in CI: slow) ---
# Each tool runs as valgrind --error-exitcode=99 --leak-check=full -q,
# its reports kept in $(BUILD)/valgrind/<pid>.log: the target fails on
# a failed test or on any report.  Patterns run without the JIT
# (ONDIT_NO_JIT): memcheck takes its masked vector reads past the end of
# a subject for uses of uninitialised bytes.
VALGRIND_DEB	= valgrind
VALGRIND_DIR	= $(BUILD)/valgrind
BATS_TESTS	?= tests

check-valgrind: all
	@sh build-aux/deps.sh --quiet $(VALGRIND_DEB)
	@rm -rf $(VALGRIND_DIR) && mkdir -p $(VALGRIND_DIR)/bin
	@for t in $(TOOLS); do \
	  printf '#!/bin/sh\nexec valgrind --error-exitcode=99 --leak-check=full -q --suppressions=%s --log-file=%s/%%p.log %s "$$@"\n' \
	    "$(CURDIR)/build-aux/valgrind.supp" "$(CURDIR)/$(VALGRIND_DIR)" \
	    "$(CURDIR)/$(BIN)/$$t" \
	    > $(VALGRIND_DIR)/bin/$$t; \
	  chmod +x $(VALGRIND_DIR)/bin/$$t; \
	done
	@ONDIT_VALGRIND=1 ONDIT_NO_JIT=1 PATH="$(CURDIR)/$(VALGRIND_DIR)/bin:$(CURDIR)/$(BIN):$$PATH" \
	    bats $(BATS_FLAGS) $(BATS_TESTS); s=$$?; \
	reports=$$(find $(VALGRIND_DIR) -name '*.log' -size +0 | wc -l); \
	runs=$$(find $(VALGRIND_DIR) -name '*.log' | wc -l); \
	echo "valgrind: $$runs runs, $$reports with reports"; \
	find $(VALGRIND_DIR) -name '*.log' -size +0 -exec cat {} +; \
	[ $$s = 0 ] && [ $$reports = 0 ]

.PHONY: check-valgrind
