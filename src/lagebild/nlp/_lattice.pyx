# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""The searches of morph.py compiled: HanTa's morpheme lattice and sentence HMM over typed C tables.

Same algorithm, same visiting order and same floating-point sums as morph.py's pure-Python
search (and so as HanTa's own), only with the model indexed into C arrays once per tagger:

* states (previous tag, tag) are numbered; a lattice row is an array of (state, log probability,
  backpointer) in insertion order plus a per-row index from state to position, so "first
  inserted wins ties" and "update in place keeps the position" hold as for a dict;
* the listed morphemes are a trie walked along the word from each start offset (no substring
  objects), and the suffixes HanTa consults for an unknown morpheme are a trie walked backwards
  from each end offset, so the open-class guess is a few array reads;
* the sentence HMM's transitions are arrays with each tag's position among a state's
  transitions, so a word's own tags are visited in HanTa's order.

morph.py builds a `Searcher` from its `Lattice` and installs its methods on the tagger; where
this module is not built (no compiler), morph.py keeps its pure-Python search.
"""

from libc.math cimport INFINITY
from libc.stdint cimport int32_t, uint8_t, uint64_t
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memset

from operator import itemgetter

from numpy import logaddexp

# HanTa's reserved tag numbers and its pruning floor (as in morph.py)
cdef int EMPTY = 0, START = 1, END = 2, UNKNOWN = 3, END_UNKNOWN = -3
cdef double LOWER_BOUND = -1e6
cdef double WHOLE_WORD_PENALTY = 4.6
# HanTa reads the length table at min(length, 24)
cdef int LENGTHS = 25
# the table of a word is (length + 2) rows of n_states entries: longer words (never real tokens)
# go to the pure-Python search, which gives the same result without the memory
cdef int MAX_WORD_LENGTH = 400


cdef void* _alloc(size_t size) except NULL:
    cdef void* p = malloc(size if size else 1)
    if p == NULL:
        raise MemoryError()
    return p


cdef void* _grow(void* p, size_t size) except NULL:
    """realloc that raises (the old block stays owned by the caller's structure and is freed with it)."""
    cdef void* q = realloc(p, size)
    if q == NULL:
        raise MemoryError()
    return q


cdef class _Trie:
    """Strings as paths of characters; node 0 is the root, each node has an id (-1: no string ends here).

    Children are found in one open-addressing hash table keyed by (parent node, character).
    """

    cdef uint64_t* keys  # (parent << 21 | character) + 1; 0 marks a free slot
    cdef int32_t* children
    cdef int bits
    cdef size_t used
    cdef int32_t* ids
    cdef int32_t n_nodes, node_capacity

    def __cinit__(self):
        self.bits = 10
        self.keys = <uint64_t*>_alloc(sizeof(uint64_t) << self.bits)
        memset(self.keys, 0, sizeof(uint64_t) << self.bits)
        self.children = <int32_t*>_alloc(sizeof(int32_t) << self.bits)
        self.node_capacity = 1024
        self.ids = <int32_t*>_alloc(sizeof(int32_t) * self.node_capacity)
        self.ids[0] = -1
        self.n_nodes = 1
        self.used = 0

    def __dealloc__(self):
        free(self.keys)
        free(self.children)
        free(self.ids)

    cdef inline size_t _slot(self, uint64_t key) noexcept:
        return <size_t>((key * <uint64_t>0x9E3779B97F4A7C15) >> (64 - self.bits))

    cdef inline int32_t child(self, int32_t node, Py_UCS4 ch) noexcept:
        cdef uint64_t key = ((<uint64_t>node << 21) | <uint64_t>ch) + 1
        cdef size_t mask = (<size_t>1 << self.bits) - 1
        cdef size_t i = self._slot(key)
        while True:
            if self.keys[i] == key:
                return self.children[i]
            if self.keys[i] == 0:
                return -1
            i = (i + 1) & mask

    cdef int _rehash(self) except -1:
        cdef uint64_t* old_keys = self.keys
        cdef int32_t* old_children = self.children
        cdef size_t old_size = <size_t>1 << self.bits
        cdef size_t i, j, mask
        self.bits += 1
        mask = (<size_t>1 << self.bits) - 1
        self.keys = <uint64_t*>_alloc(sizeof(uint64_t) << self.bits)
        memset(self.keys, 0, sizeof(uint64_t) << self.bits)
        self.children = <int32_t*>_alloc(sizeof(int32_t) << self.bits)
        for i in range(old_size):
            if old_keys[i]:
                j = self._slot(old_keys[i])
                while self.keys[j]:
                    j = (j + 1) & mask
                self.keys[j] = old_keys[i]
                self.children[j] = old_children[i]
        free(old_keys)
        free(old_children)
        return 0

    cdef int32_t _add_child(self, int32_t node, Py_UCS4 ch) except -1:
        cdef uint64_t key = ((<uint64_t>node << 21) | <uint64_t>ch) + 1
        cdef size_t mask, i
        if (self.used + 1) * 2 > (<size_t>1 << self.bits):
            self._rehash()
        if self.n_nodes == self.node_capacity:
            self.node_capacity *= 2
            self.ids = <int32_t*>_grow(self.ids, sizeof(int32_t) * self.node_capacity)
        mask = (<size_t>1 << self.bits) - 1
        i = self._slot(key)
        while self.keys[i]:
            i = (i + 1) & mask
        self.keys[i] = key
        self.children[i] = self.n_nodes
        self.ids[self.n_nodes] = -1
        self.n_nodes += 1
        self.used += 1
        return self.n_nodes - 1

    cdef int add(self, str text, int32_t string_id) except -1:
        cdef int32_t node = 0, nxt
        cdef Py_UCS4 ch
        for ch in text:
            nxt = self.child(node, ch)
            node = nxt if nxt >= 0 else self._add_child(node, ch)
        self.ids[node] = string_id
        return 0


cdef class _Followers:
    """Non-final transitions of every lattice state, in HanTa's order, all and the open-class ones."""

    cdef int32_t* offset  # state -> first follower; offset[state + 1] ends it
    cdef int32_t* tag
    cdef double* lp
    cdef int32_t* reached  # the state a follower leads to
    cdef int32_t* open_class  # index among the open classes, -1 for a closed class
    cdef int32_t* open_offset  # the same for the open-class followers alone
    cdef double* open_lp
    cdef int32_t* open_reached
    cdef int32_t* open_index

    def __dealloc__(self):
        free(self.offset)
        free(self.tag)
        free(self.lp)
        free(self.reached)
        free(self.open_class)
        free(self.open_offset)
        free(self.open_lp)
        free(self.open_reached)
        free(self.open_index)


cdef class _Pool:
    """The sentence HMM's entries, row after row: state, log probability, entry it came from."""

    cdef int32_t* state
    cdef double* lp
    cdef int32_t* back
    cdef int n, capacity

    def __cinit__(self):
        self.capacity = 256
        self.n = 0
        self.state = <int32_t*>_alloc(sizeof(int32_t) * self.capacity)
        self.lp = <double*>_alloc(sizeof(double) * self.capacity)
        self.back = <int32_t*>_alloc(sizeof(int32_t) * self.capacity)

    def __dealloc__(self):
        free(self.state)
        free(self.lp)
        free(self.back)

    cdef int push(self, int32_t state, double lp, int32_t back) except -1:
        if self.n == self.capacity:
            self.capacity *= 2
            self.state = <int32_t*>_grow(self.state, sizeof(int32_t) * self.capacity)
            self.lp = <double*>_grow(self.lp, sizeof(double) * self.capacity)
            self.back = <int32_t*>_grow(self.back, sizeof(int32_t) * self.capacity)
        self.state[self.n] = state
        self.lp[self.n] = lp
        self.back[self.n] = back
        self.n += 1
        return 0


cdef struct Table:
    # the lattice of one word: rows 0 .. length + 1 of at most n_states entries each
    int n_states
    int32_t* where  # row * n_states + state -> position in the row, -1 if absent
    int32_t* count  # entries per row
    int32_t* state
    double* lp
    int32_t* back_row  # backpointer: the row and position of the state this one came from
    int32_t* back_pos
    int32_t* morpheme  # end offset -> id of word[start:end] among the listed morphemes, -1 if unlisted
    int32_t* suffix  # end * 4 + size - 1 -> id of word[end - size:end] among the suffixes, -1 if none
    double* guess  # end * n_open + open class -> the guess for word[start:end], where guessed_at holds start
    int32_t* guessed_at
    Py_UCS4* chars


cdef class Searcher:
    """One HanTa model's lattice and sentence HMM as C tables, with HanTa's three searches as methods.

    Each search method takes the tagger as its first argument (morph.accelerate binds it), reads
    `strict` and `_tag_word` from it as HanTa does, and leaves the model itself untouched.
    """

    cdef int n_states, n_open
    cdef int32_t* state_tag  # a state's second component (the tag it is in)
    cdef _Trie morphemes
    cdef int32_t* listed_offset  # morpheme id -> its (tag, log probability) entries
    cdef int32_t* listed_tag
    cdef double* listed_lp
    cdef _Trie suffixes  # reversed suffixes of length 1..4 of any open class
    cdef uint8_t* suffix_has  # suffix id * n_open + open class -> listed for that class?
    cdef double* suffix_lp
    cdef double* empty_suffix_lp  # LP_s[''] per open class
    cdef double* base  # Int_t + LP_hapax_t per open class
    cdef double* by_length  # open class * 25 + length
    cdef int32_t* final_offset
    cdef int32_t* final_tag
    cdef double* final_lp
    cdef int32_t* final_reached
    cdef _Followers forward
    cdef dict towards  # target tag -> _Followers restricted to states that can reach it
    cdef dict state_ids
    cdef list states_by_id  # state id -> (previous tag, tag)
    cdef dict open_ids
    cdef object nonfinal, reachability
    # sentence HMM (hmm_states == 0: the model's layout is not supported, the pure search runs)
    cdef int hmm_states, span
    cdef int32_t hmm_start
    cdef int32_t* hmm_id  # first tag * span + second tag -> HMM state, -1 if none
    cdef int32_t* hmm_tag  # an HMM state's second tag
    cdef int32_t* hmm_offset  # its transitions, in dict order
    cdef int32_t* hmm_next_tag
    cdef double* hmm_lp
    cdef int32_t* hmm_reached
    cdef int32_t* hmm_position  # state * span + tag -> position among the state's transitions, -1 if none
    cdef double* hmm_end_lp  # log probability of the END transition, -inf if none
    cdef object pure_forward, pure_viterbi, pure_sentence

    def __init__(self, lattice, reachability: dict, transitions_word: dict, pure_forward, pure_viterbi,
                 pure_sentence):
        """Index `lattice` (a morph.Lattice) and the tagger's reachability and sentence transitions.

        The pure functions (morph.py's) take words too long for the C tables and sentence models
        whose layout the tables do not cover.
        """
        self.pure_forward, self.pure_viterbi, self.pure_sentence = pure_forward, pure_viterbi, pure_sentence
        self.nonfinal = lattice.nonfinal
        self.reachability = reachability
        self.towards = {}
        self._index_states(lattice)
        self._index_morphemes(lattice)
        self._index_open_classes(lattice)
        self.forward = self._followers(None)
        self._index_sentence_model(transitions_word)

    def __dealloc__(self):
        free(self.state_tag)
        free(self.listed_offset)
        free(self.listed_tag)
        free(self.listed_lp)
        free(self.suffix_has)
        free(self.suffix_lp)
        free(self.empty_suffix_lp)
        free(self.base)
        free(self.by_length)
        free(self.final_offset)
        free(self.final_tag)
        free(self.final_lp)
        free(self.final_reached)
        free(self.hmm_id)
        free(self.hmm_tag)
        free(self.hmm_offset)
        free(self.hmm_next_tag)
        free(self.hmm_lp)
        free(self.hmm_reached)
        free(self.hmm_position)
        free(self.hmm_end_lp)

    # ---- building the tables ------------------------------------------------------------------

    cdef int _index_states(self, lattice) except -1:
        """Number every state a search can meet and index the final transitions."""
        cdef int i, j, n
        states = {(EMPTY, START): 0}
        for table in (lattice.nonfinal, lattice.final):
            for state, followers in table.items():
                states.setdefault(state, len(states))
                for tag, _ in followers:
                    states.setdefault((state[1], tag), len(states))
        self.state_ids = states
        self.n_states = n = len(states)
        self.state_tag = <int32_t*>_alloc(sizeof(int32_t) * n)
        for state, i in states.items():
            self.state_tag[i] = state[1]
        by_id = self.states_by_id = [None] * n
        for state, i in states.items():
            by_id[i] = state
        total = sum(len(lattice.final.get(state, ())) for state in by_id)
        self.final_offset = <int32_t*>_alloc(sizeof(int32_t) * (n + 1))
        self.final_tag = <int32_t*>_alloc(sizeof(int32_t) * total)
        self.final_lp = <double*>_alloc(sizeof(double) * total)
        self.final_reached = <int32_t*>_alloc(sizeof(int32_t) * total)
        j = 0
        for i in range(n):
            self.final_offset[i] = j
            for tag, lp in lattice.final.get(by_id[i], ()):
                self.final_tag[j] = tag
                self.final_lp[j] = lp
                self.final_reached[j] = states[(by_id[i][1], tag)]
                j += 1
        self.final_offset[n] = j
        return 0

    cdef int _index_morphemes(self, lattice) except -1:
        """A trie of the listed morphemes, each with its (tag, log probability) under the non-final tags."""
        cdef int j = 0
        entries: dict = {}
        for tag, morphemes in lattice.listed.items():
            for morpheme in morphemes:
                entries.setdefault(morpheme, [])
                if tag > 0:  # only non-final tags follow a state inside the word
                    entries[morpheme].append((tag, morphemes[morpheme]))
        self.morphemes = _Trie()
        total = sum(len(listing) for listing in entries.values())
        self.listed_offset = <int32_t*>_alloc(sizeof(int32_t) * (len(entries) + 1))
        self.listed_tag = <int32_t*>_alloc(sizeof(int32_t) * total)
        self.listed_lp = <double*>_alloc(sizeof(double) * total)
        for morpheme_id, (morpheme, listing) in enumerate(entries.items()):
            self.morphemes.add(morpheme, morpheme_id)
            self.listed_offset[morpheme_id] = j
            for tag, lp in listing:
                self.listed_tag[j] = tag
                self.listed_lp[j] = lp
                j += 1
        self.listed_offset[len(entries)] = j
        return 0

    cdef int _index_open_classes(self, lattice) except -1:
        """Per open class the parts of HanTa's guess; the suffixes it consults as a reversed trie."""
        cdef int o, n, length
        self.open_ids = {tag: o for o, tag in enumerate(lattice.open_classes)}
        self.n_open = n = len(self.open_ids)
        self.base = <double*>_alloc(sizeof(double) * n)
        self.by_length = <double*>_alloc(sizeof(double) * n * LENGTHS)
        self.empty_suffix_lp = <double*>_alloc(sizeof(double) * n)
        suffix_ids: dict = {}
        for tag, o in self.open_ids.items():
            open_class = lattice.open_classes[tag]
            self.base[o] = open_class.base
            for length in range(LENGTHS):
                self.by_length[o * LENGTHS + length] = open_class.by_length[length]
            self.empty_suffix_lp[o] = open_class.by_suffix[""]
            for suffix in open_class.by_suffix:
                if 1 <= len(suffix) <= 4:  # HanTa looks at the last 4, 3, 2 and 1 characters only
                    suffix_ids.setdefault(suffix, len(suffix_ids))
        self.suffixes = _Trie()
        self.suffix_has = <uint8_t*>_alloc(sizeof(uint8_t) * len(suffix_ids) * n)
        memset(self.suffix_has, 0, sizeof(uint8_t) * len(suffix_ids) * n)
        self.suffix_lp = <double*>_alloc(sizeof(double) * len(suffix_ids) * n)
        for suffix, i in suffix_ids.items():
            self.suffixes.add(suffix[::-1], i)
        for tag, o in self.open_ids.items():
            for suffix, lp in lattice.open_classes[tag].by_suffix.items():
                if suffix in suffix_ids:
                    self.suffix_has[suffix_ids[suffix] * n + o] = 1
                    self.suffix_lp[suffix_ids[suffix] * n + o] = lp
        return 0

    cdef _Followers _followers(self, reachable):
        """Every state's non-final followers in HanTa's order (only those in `reachable` unless None)."""
        cdef _Followers f = _Followers()
        cdef int i, j = 0, k = 0, n = self.n_states
        by_id = self.states_by_id
        lists = []
        for i in range(n):
            followers = self.nonfinal.get(by_id[i], ())
            if reachable is not None:
                followers = [(tag, lp) for tag, lp in followers if tag in reachable]
            lists.append(followers)
        total = sum(len(followers) for followers in lists)
        f.offset = <int32_t*>_alloc(sizeof(int32_t) * (n + 1))
        f.tag = <int32_t*>_alloc(sizeof(int32_t) * total)
        f.lp = <double*>_alloc(sizeof(double) * total)
        f.reached = <int32_t*>_alloc(sizeof(int32_t) * total)
        f.open_class = <int32_t*>_alloc(sizeof(int32_t) * total)
        f.open_offset = <int32_t*>_alloc(sizeof(int32_t) * (n + 1))
        f.open_lp = <double*>_alloc(sizeof(double) * total)
        f.open_reached = <int32_t*>_alloc(sizeof(int32_t) * total)
        f.open_index = <int32_t*>_alloc(sizeof(int32_t) * total)
        for i in range(n):
            f.offset[i] = j
            f.open_offset[i] = k
            for tag, lp in lists[i]:
                f.tag[j] = tag
                f.lp[j] = lp
                f.reached[j] = self.state_ids[(by_id[i][1], tag)]
                f.open_class[j] = self.open_ids.get(tag, -1)
                if f.open_class[j] >= 0:
                    f.open_lp[k] = lp
                    f.open_reached[k] = f.reached[j]
                    f.open_index[k] = f.open_class[j]
                    k += 1
                j += 1
        f.offset[n] = j
        f.open_offset[n] = k
        return f

    cdef int _index_sentence_model(self, dict transitions) except -1:
        """The sentence HMM's transitions as arrays, if its tags are small non-negative ints and it is complete."""
        cdef int i, j, n, span, position
        tags = {tag for state in transitions for tag in state} | {tag for row in transitions.values() for tag in row}
        if not tags or not all(isinstance(tag, int) and 0 <= tag < 4096 for tag in tags):
            return 0
        if (EMPTY, START) not in transitions or any(
                (state[1], tag) not in transitions for state, row in transitions.items() for tag in row if tag != END):
            return 0  # a state without transitions of its own: the pure search reproduces HanTa's error
        self.span = span = max(tags) + 1
        ids = {state: i for i, state in enumerate(transitions)}
        self.hmm_states = n = len(ids)
        self.hmm_start = ids[(EMPTY, START)]
        total = sum(len(row) for row in transitions.values())
        self.hmm_id = <int32_t*>_alloc(sizeof(int32_t) * span * span)
        memset(self.hmm_id, 0xFF, sizeof(int32_t) * span * span)
        self.hmm_tag = <int32_t*>_alloc(sizeof(int32_t) * n)
        self.hmm_offset = <int32_t*>_alloc(sizeof(int32_t) * (n + 1))
        self.hmm_next_tag = <int32_t*>_alloc(sizeof(int32_t) * total)
        self.hmm_lp = <double*>_alloc(sizeof(double) * total)
        self.hmm_reached = <int32_t*>_alloc(sizeof(int32_t) * total)
        self.hmm_position = <int32_t*>_alloc(sizeof(int32_t) * n * span)
        memset(self.hmm_position, 0xFF, sizeof(int32_t) * n * span)
        self.hmm_end_lp = <double*>_alloc(sizeof(double) * n)
        for state, i in ids.items():
            self.hmm_id[state[0] * span + state[1]] = i
        j = 0
        for state, i in ids.items():
            self.hmm_tag[i] = state[1]
            self.hmm_offset[i] = j
            self.hmm_end_lp[i] = -INFINITY
            for position, (tag, lp) in enumerate(transitions[state].items()):
                self.hmm_next_tag[j] = tag
                self.hmm_lp[j] = lp
                self.hmm_reached[j] = ids[(state[1], tag)] if tag != END else -1
                self.hmm_position[i * span + tag] = position
                if tag == END:
                    self.hmm_end_lp[i] = lp
                j += 1
        self.hmm_offset[n] = j
        return 0

    # ---- the morpheme lattice -----------------------------------------------------------------

    cdef Table* _table(self, str word) except NULL:
        """A word's empty lattice with the ids of its listed substrings' suffixes precomputed."""
        cdef Py_ssize_t length = len(word), rows = length + 2, cells = rows * self.n_states
        cdef Table* t = <Table*>_alloc(sizeof(Table))
        cdef Py_ssize_t i, end, size
        cdef int32_t node
        cdef Py_UCS4 ch
        memset(t, 0, sizeof(Table))
        t.n_states = self.n_states
        try:
            t.where = <int32_t*>_alloc(sizeof(int32_t) * cells)
            t.count = <int32_t*>_alloc(sizeof(int32_t) * rows)
            t.state = <int32_t*>_alloc(sizeof(int32_t) * cells)
            t.lp = <double*>_alloc(sizeof(double) * cells)
            t.back_row = <int32_t*>_alloc(sizeof(int32_t) * cells)
            t.back_pos = <int32_t*>_alloc(sizeof(int32_t) * cells)
            t.morpheme = <int32_t*>_alloc(sizeof(int32_t) * (length + 1))
            t.suffix = <int32_t*>_alloc(sizeof(int32_t) * 4 * (length + 1))
            t.chars = <Py_UCS4*>_alloc(sizeof(Py_UCS4) * (length + 1))
            t.guess = <double*>_alloc(sizeof(double) * (length + 1) * self.n_open)
            t.guessed_at = <int32_t*>_alloc(sizeof(int32_t) * (length + 1) * self.n_open)
        except MemoryError:
            _free_table(t)
            raise
        memset(t.guessed_at, 0xFF, sizeof(int32_t) * (length + 1) * self.n_open)
        i = 0
        for ch in word:
            t.chars[i] = ch
            i += 1
        for end in range(length + 1):
            node = 0
            for size in range(1, 5):
                if node >= 0 and size <= end:
                    node = self.suffixes.child(node, t.chars[end - size])
                t.suffix[end * 4 + size - 1] = self.suffixes.ids[node] if node >= 0 and size <= end else -1
        return t

    cdef inline double _guess(self, Table* t, int start, int end, int o, int length) noexcept:
        """HanTa's log probability of word[start:end] as an unlisted morpheme of open class o."""
        cdef int size, suffix, n = end - start
        cdef double lp, lp_suffix
        if not (length < 4 or n > 2):
            return -INFINITY
        lp_suffix = self.empty_suffix_lp[o]
        for size in range(4, 0, -1):
            if n > size:
                suffix = t.suffix[end * 4 + size - 1]
                if suffix >= 0 and self.suffix_has[suffix * self.n_open + o]:
                    lp_suffix = self.suffix_lp[suffix * self.n_open + o]
                    break
        lp = self.base[o] + self.by_length[o * LENGTHS + (n if n < 24 else 24)] + lp_suffix
        if length == n:
            lp -= WHOLE_WORD_PENALTY
        return lp

    cdef inline double _guess_once(self, Table* t, int start, int end, int o, int length) noexcept:
        """_guess, computed once per row: the states of a row share their substrings' guesses."""
        cdef int cell = end * self.n_open + o
        if t.guessed_at[cell] != start:
            t.guess[cell] = self._guess(t, start, end, o, length)
            t.guessed_at[cell] = start
        return t.guess[cell]

    cdef inline bint _listed(self, int32_t morpheme, int32_t tag, double* lp) noexcept:
        cdef int32_t j
        for j in range(self.listed_offset[morpheme], self.listed_offset[morpheme + 1]):
            if self.listed_tag[j] == tag:
                lp[0] = self.listed_lp[j]
                return True
        return False

    cdef void _fill(self, Table* t, int length, bint strict, _Followers f) noexcept:
        """morph._fill: best log probability per state at each offset, states visited in HanTa's order."""
        cdef int n = self.n_states, start, end, k, j, count, last_listed
        cdef int32_t node, state, morpheme
        cdef double lp, bound, lp_morpheme
        cdef bint guessing
        memset(t.where, 0xFF, sizeof(int32_t) * (length + 2) * n)
        memset(t.count, 0, sizeof(int32_t) * (length + 2))
        t.state[0] = 0  # (EMPTY, START) is numbered first
        t.lp[0] = 0.0
        t.back_row[0] = -1
        t.back_pos[0] = -1
        t.where[t.state[0]] = 0
        t.count[0] = 1
        for start in range(length + 1):
            count = t.count[start]
            bound = _row_bound(t.lp + start * n, count, 4)
            # the listed morphemes among word[start:end]
            node = 0
            last_listed = start
            for end in range(start + 1, length + 1):
                if node >= 0:
                    node = self.morphemes.child(node, t.chars[end - 1])
                t.morpheme[end] = self.morphemes.ids[node] if node >= 0 else -1
                if t.morpheme[end] >= 0:
                    last_listed = end
            for k in range(count):
                lp = t.lp[start * n + k]
                if lp < bound:
                    continue
                state = t.state[start * n + k]
                if f.offset[state] == f.offset[state + 1]:
                    continue
                guessing = not strict and f.open_offset[state] < f.open_offset[state + 1]
                for end in range(start + 1, (length if guessing else last_listed) + 1):
                    morpheme = t.morpheme[end]
                    if morpheme < 0:
                        if not guessing:
                            continue
                        # an unlisted substring can only be an open class's unknown morpheme
                        for j in range(f.open_offset[state], f.open_offset[state + 1]):
                            _relax(t, end, f.open_reached[j],
                                   lp + f.open_lp[j] + self._guess_once(t, start, end, f.open_index[j], length), start, k)
                        continue
                    for j in range(f.offset[state], f.offset[state + 1]):
                        if not self._listed(morpheme, f.tag[j], &lp_morpheme):
                            if not guessing or f.open_class[j] < 0:
                                continue
                            lp_morpheme = self._guess_once(t, start, end, f.open_class[j], length)
                        _relax(t, end, f.reached[j], lp + f.lp[j] + lp_morpheme, start, k)

    def analyze_forward(self, tagger, str word) -> list:
        """HanTa's `analyze_forward`: log probability of each part of speech for a word."""
        cdef int length = len(word), n = self.n_states, k, j, last
        cdef int32_t state
        cdef double lp_new
        cdef Table* t
        if length > MAX_WORD_LENGTH:
            return self.pure_forward(tagger, word)
        t = self._table(word)
        try:
            self._fill(t, length, tagger.strict, self.forward)
            last = length + 1
            for k in range(t.count[length]):
                state = t.state[length * n + k]
                for j in range(self.final_offset[state], self.final_offset[state + 1]):
                    lp_new = t.lp[length * n + k] + self.final_lp[j]
                    _relax(t, last, self.final_reached[j], lp_new, length, k)
            ends = [(self.state_tag[t.state[last * n + k]], t.lp[last * n + k]) for k in range(t.count[last])]
        finally:
            _free_table(t)
        results: dict = {}
        for tag, lp in ends:
            if lp == -INFINITY:
                continue
            pos = -tag
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        ranked = sorted(results.items(), key=itemgetter(1), reverse=True)
        return ranked or [(UNKNOWN, 0)]

    def analyze_viterbi(self, tagger, str word, targetpos) -> list:
        """HanTa's `analyze_viterbi`: the best segmentation of a word ending in a given tag."""
        cdef int length = len(word), n = self.n_states, k, j, last = length + 1, best, row, position
        cdef int32_t state, target
        cdef double best_lp
        cdef _Followers f
        cdef Table* t
        if length > MAX_WORD_LENGTH or not isinstance(targetpos, int) or not -2**31 < targetpos < 2**31:
            return self.pure_viterbi(tagger, word, targetpos)
        target = targetpos
        f = self.towards.get(targetpos)
        if f is None:
            f = self.towards[targetpos] = self._followers(self.reachability.get(targetpos, frozenset()))
        t = self._table(word)
        try:
            for strict in (True, False):
                self._fill(t, length, strict, f)
                for k in range(t.count[length]):
                    state = t.state[length * n + k]
                    for j in range(self.final_offset[state], self.final_offset[state + 1]):
                        if self.final_tag[j] == target:
                            _relax(t, last, self.final_reached[j], t.lp[length * n + k] + self.final_lp[j], length, k)
                            break
                if t.count[last]:
                    break
            # the first best state in insertion order, as HanTa's strict comparison keeps it
            best, best_lp = -1, -INFINITY
            for k in range(t.count[last]):
                if t.lp[last * n + k] > best_lp:
                    best, best_lp = k, t.lp[last * n + k]
            if best < 0:
                return [(UNKNOWN, length), (END_UNKNOWN, length + 1)]
            path = []
            row, position = last, best
            while row > 0:
                path.append((self.state_tag[t.state[row * n + position]], row))
                row, position = t.back_row[row * n + position], t.back_pos[row * n + position]
        finally:
            _free_table(t)
        path.reverse()
        return path

    # ---- the sentence HMM ---------------------------------------------------------------------

    def tag_sent_viterbi(self, tagger, sent, casesensitive=True) -> list:
        """HanTa's `tag_sent_viterbi`: the best tag sequence of a sentence under its tag HMM.

        HanTa walks all of a state's transitions and skips the tags the word cannot have; we
        walk the word's own tags sorted by their position among the transitions (HanTa's
        order). Each row is complete before the next starts, so rows share one pool of entries.
        """
        cdef int i, k, j, a, m, count, span = self.span, row_start, prev_start, prev_count, n_word, n_words, pointer
        cdef int capacity = 0
        cdef int32_t state, position, offset
        cdef double lp, bound, best
        cdef _Pool pool
        cdef int32_t* where = NULL
        cdef int32_t* word_tag = NULL  # the word's tags (-1: not an HMM tag) and log probabilities
        cdef double* word_lp = NULL
        cdef int32_t* step_position = NULL  # those among the state's transitions, in their order
        cdef double* step_lp = NULL
        if self.hmm_states == 0:
            return self.pure_sentence(tagger, sent, casesensitive)
        pool = _Pool()
        try:
            where = <int32_t*>_alloc(sizeof(int32_t) * self.hmm_states)
            memset(where, 0xFF, sizeof(int32_t) * self.hmm_states)
            pool.push(self.hmm_start, 0.0, -1)
            prev_start, prev_count = 0, 1
            tag_word = tagger._tag_word
            i = -1
            for i, word in enumerate(sent):
                word_lps = dict(tag_word(word, cutoff=5, casesensitive=i > 0 and casesensitive, conditional=True))
                if len(word_lps) == 1 and UNKNOWN in word_lps:
                    word_lps = {}
                n_word = len(word_lps)
                if n_word > capacity:
                    capacity = max(n_word, 16)
                    word_tag = <int32_t*>_grow(word_tag, sizeof(int32_t) * capacity)
                    word_lp = <double*>_grow(word_lp, sizeof(double) * capacity)
                    step_position = <int32_t*>_grow(step_position, sizeof(int32_t) * capacity)
                    step_lp = <double*>_grow(step_lp, sizeof(double) * capacity)
                m = 0
                for tag, lp_word in word_lps.items():
                    # a tag the HMM does not know is among no state's transitions
                    word_tag[m] = tag if isinstance(tag, int) and 0 <= tag < span else -1
                    word_lp[m] = lp_word
                    m += 1
                row_start = pool.n
                bound = _row_bound(pool.lp + prev_start, prev_count, 6)
                for k in range(prev_start, prev_start + prev_count):
                    lp = pool.lp[k]
                    if lp < bound:
                        continue
                    state = pool.state[k]
                    offset = self.hmm_offset[state]
                    if n_word:
                        count = 0
                        for m in range(n_word):
                            if word_tag[m] < 0:
                                continue
                            position = self.hmm_position[state * span + word_tag[m]]
                            if position < 0:
                                continue
                            a = count  # insertion sort: a word has few tags
                            while a > 0 and step_position[a - 1] > position:
                                step_position[a] = step_position[a - 1]
                                step_lp[a] = step_lp[a - 1]
                                a -= 1
                            step_position[a] = position
                            step_lp[a] = word_lp[m]
                            count += 1
                        for a in range(count):
                            j = offset + step_position[a]
                            if self.hmm_next_tag[j] != END:  # not the last row yet
                                _relax_row(pool, where, row_start, self.hmm_reached[j],
                                           lp + self.hmm_lp[j] + step_lp[a], k)
                    else:  # a word the model cannot analyse: any tag goes
                        for j in range(offset, self.hmm_offset[state + 1]):
                            if self.hmm_next_tag[j] != END:
                                _relax_row(pool, where, row_start, self.hmm_reached[j], lp + self.hmm_lp[j] + 0.0, k)
                for k in range(row_start, pool.n):
                    where[pool.state[k]] = -1
                prev_start, prev_count = row_start, pool.n - row_start
            if i < 0:
                raise IndexError("list index out of range")  # as HanTa's own search on an empty sentence
            best, pointer = -INFINITY, -1
            for k in range(prev_start, prev_start + prev_count):
                lp = pool.lp[k] + self.hmm_end_lp[pool.state[k]]
                if lp > best:
                    best, pointer = lp, k
            if pointer < 0:
                raise KeyError((END, EMPTY))  # as HanTa's own search where no state can end the sentence
            n_words = i + 1
            tags = [0] * n_words
            for i in range(n_words - 1, -1, -1):
                tags[i] = self.hmm_tag[pool.state[pointer]]
                pointer = pool.back[pointer]
        finally:
            free(where)
            free(word_tag)
            free(word_lp)
            free(step_position)
            free(step_lp)
        return tags


cdef inline void _relax(Table* t, int row, int32_t reached, double lp_new, int back_row, int back_pos) noexcept:
    """Enter a state into a row, or raise its log probability; a new state goes last, as in a dict."""
    cdef int32_t cell, position
    if lp_new > LOWER_BOUND:
        cell = row * t.n_states
        position = t.where[cell + reached]
        if position < 0:
            position = t.count[row]
            t.count[row] += 1
            t.where[cell + reached] = position
            t.state[cell + position] = reached
        elif not lp_new > t.lp[cell + position]:
            return
        t.lp[cell + position] = lp_new
        t.back_row[cell + position] = back_row
        t.back_pos[cell + position] = back_pos


cdef double _row_bound(double* lps, int count, int rank) noexcept:
    """HanTa expands only the states within 1 of the rank-th best of a row (all while it has no more)."""
    cdef double top[8]
    cdef int i, a, filled = 0
    if count <= rank - 1:
        return LOWER_BOUND
    for i in range(count):
        # keep the `rank` largest values, duplicates included, in descending order
        if filled < rank:
            a = filled
            filled += 1
        elif lps[i] > top[rank - 1]:
            a = rank - 1
        else:
            continue
        while a > 0 and top[a - 1] < lps[i]:
            top[a] = top[a - 1]
            a -= 1
        top[a] = lps[i]
    return top[rank - 1] - 1


cdef void _free_table(Table* t) noexcept:
    free(t.where)
    free(t.count)
    free(t.state)
    free(t.lp)
    free(t.back_row)
    free(t.back_pos)
    free(t.morpheme)
    free(t.suffix)
    free(t.chars)
    free(t.guess)
    free(t.guessed_at)
    free(t)


cdef int _relax_row(_Pool pool, int32_t* where, int row_start, int32_t reached, double lp, int back) except -1:
    """Enter an HMM state into the row being built, or raise its log probability (dict semantics)."""
    cdef int32_t position
    if lp > LOWER_BOUND:
        position = where[reached]
        if position < 0:
            where[reached] = pool.n - row_start
            pool.push(reached, lp, back)
        elif lp > pool.lp[row_start + position]:
            pool.lp[row_start + position] = lp
            pool.back[row_start + position] = back
    return 0
