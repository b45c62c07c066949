// CICUShim: the project's only window onto the system ICU (libicu-dev).
//
// ICU renames every C entry point per version (`ubrk_open` is `ubrk_open_72` in the shared
// library) through macros that Swift's importer does not follow, so Swift cannot call ICU
// directly without pinning one ICU version. This file exports stable, prefixed names; the
// .c file, where the rename macros expand normally, forwards to ICU.
//
// Every function that can fail takes `int32_t *status` (an ICU UErrorCode): zero or negative
// is success, positive is failure; `cicu_error_name` turns it into ICU's name for it.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's version, e.g. "72.1", written into `buffer` (at least 20 bytes).
void cicu_version(char *_Nonnull buffer, int32_t capacity);

/// ICU's name of an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *_Nonnull cicu_error_name(int32_t status);

// MARK: Word break

/// An opaque ICU word break iterator (UBreakIterator).
typedef struct cicu_wordbreaker cicu_wordbreaker;

/// Opens a word break iterator for `locale` (e.g. "zh"). NULL on failure.
cicu_wordbreaker *_Nullable cicu_wordbreaker_open(const char *_Nonnull locale, int32_t *_Nonnull status);
void cicu_wordbreaker_close(cicu_wordbreaker *_Nonnull breaker);
/// Points the iterator at UTF-16 text; the caller keeps `text` alive while iterating.
void cicu_wordbreaker_set_utf16(cicu_wordbreaker *_Nonnull breaker, const uint16_t *_Nonnull text,
                                int32_t length, int32_t *_Nonnull status);
/// Points the iterator at UTF-8 text through a UText; offsets are then UTF-8 byte offsets.
void cicu_wordbreaker_set_utf8(cicu_wordbreaker *_Nonnull breaker, const char *_Nonnull text,
                               int64_t length, int32_t *_Nonnull status);
/// The first boundary (0).
int32_t cicu_wordbreaker_first(cicu_wordbreaker *_Nonnull breaker);
/// The next boundary, or -1 at the end of the text.
int32_t cicu_wordbreaker_next(cicu_wordbreaker *_Nonnull breaker);
/// The rule status of the boundary just returned: 0 none, 100 number, 200 letter, 300 kana, 400 ideographic.
int32_t cicu_wordbreaker_rule_status(cicu_wordbreaker *_Nonnull breaker);

// MARK: Converters

/// A converter to UTF-8 kept open across the pieces of a stream (a character cut between two
/// pieces is completed by the next). With `stop_on_invalid` false, invalid sequences become
/// U+FFFD and are counted.
typedef struct cicu_decoder cicu_decoder;
cicu_decoder *_Nullable cicu_decoder_open(const char *_Nonnull charset, bool stop_on_invalid, int32_t *_Nonnull status);
void cicu_decoder_close(cicu_decoder *_Nonnull decoder);
/// Invalid sequences replaced so far.
int64_t cicu_decoder_replacements(const cicu_decoder *_Nonnull decoder);
/// Converts the next `length` bytes; `flush` on the last piece. Returns the UTF-8 bytes
/// written (`capacity` ≥ 3 × `length` + 64 always suffices: a U+FFFD for each bad byte). On an invalid sequence, status
/// is U_INVALID_CHAR_FOUND (10), U_TRUNCATED_CHAR_FOUND (11) or U_ILLEGAL_CHAR_FOUND (12) and
/// `*error_offset` is where it starts relative to `source` (negative: in the previous piece).
int32_t cicu_decoder_convert(cicu_decoder *_Nonnull decoder, const char *_Nonnull source, int32_t length,
                             bool flush, char *_Nonnull target, int32_t capacity,
                             int32_t *_Nonnull error_offset, int32_t *_Nonnull status);

/// ICU's charset detector over the first bytes: writes the best guess's name into `name`
/// (at least 32 bytes) and returns its confidence 0–100, or -1 when it has none.
int32_t cicu_detect_charset(const char *_Nonnull bytes, int32_t length, char *_Nonnull name, int32_t capacity,
                            int32_t *_Nonnull status);

// MARK: Transliteration

/// An opaque ICU transliterator (UTransliterator).
typedef struct cicu_transliterator cicu_transliterator;

/// Opens a transliterator by ID, e.g. "Traditional-Simplified". NULL on failure.
cicu_transliterator *_Nullable cicu_transliterator_open(const char *_Nonnull id, int32_t *_Nonnull status);
void cicu_transliterator_close(cicu_transliterator *_Nonnull transliterator);
/// Transliterates UTF-16 `text` in place; `*length` is updated. Returns false when the
/// result would exceed `capacity` (the caller retries with more room).
bool cicu_transliterate(const cicu_transliterator *_Nonnull transliterator, uint16_t *_Nonnull text,
                        int32_t *_Nonnull length, int32_t capacity, int32_t *_Nonnull status);

// MARK: Chinese calendar

/// The Gregorian date of a day of the Chinese lunar calendar, for the lunar year that begins
/// in Gregorian year `gregorian_year` (time zone Asia/Shanghai). Writes year, month (1–12)
/// and day into `out`.
void cicu_lunar_to_gregorian(int32_t gregorian_year, int32_t lunar_month, bool leap_month, int32_t lunar_day,
                             int32_t *_Nonnull out, int32_t *_Nonnull status);

#ifdef __cplusplus
}
#endif

#endif
