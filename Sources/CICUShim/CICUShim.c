// Thin forwarding to ICU; see include/CICUShim.h for why this target exists.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

void cicu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(info);
  u_versionToString(info, text);
  if (capacity > 0) {
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = 0;
  }
}

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: Word break

struct cicu_wordbreaker {
  UBreakIterator *iterator;
  UText *utext;
};

cicu_wordbreaker *cicu_wordbreaker_open(const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &error);
  *status = error;
  if (U_FAILURE(error)) return NULL;
  cicu_wordbreaker *breaker = calloc(1, sizeof(cicu_wordbreaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void cicu_wordbreaker_close(cicu_wordbreaker *breaker) {
  ubrk_close(breaker->iterator);
  if (breaker->utext != NULL) utext_close(breaker->utext);
  free(breaker);
}

void cicu_wordbreaker_set_utf16(cicu_wordbreaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
  *status = error;
}

void cicu_wordbreaker_set_utf8(cicu_wordbreaker *breaker, const char *text, int64_t length,
                               int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  breaker->utext = utext_openUTF8(breaker->utext, text, length, &error);
  if (U_SUCCESS(error)) ubrk_setUText(breaker->iterator, breaker->utext, &error);
  *status = error;
}

int32_t cicu_wordbreaker_first(cicu_wordbreaker *breaker) { return ubrk_first(breaker->iterator); }

int32_t cicu_wordbreaker_next(cicu_wordbreaker *breaker) {
  int32_t next = ubrk_next(breaker->iterator);
  return next == UBRK_DONE ? -1 : next;
}

int32_t cicu_wordbreaker_rule_status(cicu_wordbreaker *breaker) {
  return ubrk_getRuleStatus(breaker->iterator);
}

// MARK: Converters

/// The byte offset where the first invalid sequence of `source` starts: converted again,
/// straight to UTF-16 (the pivoting converter reads ahead), only on the error path.
static int32_t first_invalid_offset(const char *charset, const char *source, int32_t length) {
  UErrorCode error = U_ZERO_ERROR;
  UConverter *from = ucnv_open(charset, &error);
  if (U_FAILURE(error)) return -1;
  ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
  UChar buffer[4096];
  const char *input = source, *inputLimit = source + length;
  int32_t offset = -1;
  for (;;) {
    UChar *cursor = buffer;
    error = U_ZERO_ERROR;
    ucnv_toUnicode(from, &cursor, buffer + 4096, &input, inputLimit, NULL, true, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(error)) {
      char invalid[32];
      int8_t invalidLength = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(from, invalid, &invalidLength, &ignored);
      offset = (int32_t)(input - source) - (U_SUCCESS(ignored) ? invalidLength : 0);
    }
    break;
  }
  ucnv_close(from);
  return offset;
}

// A converter kept open across the pieces of one stream: a character cut between two pieces
// waits inside ICU for the rest of its bytes.
struct cicu_decoder {
  UConverter *from, *to;
  UChar pivot[4096];
  UChar *pivotSource, *pivotTarget;
  char charset[64];
  char tail[8];  // the last bytes of the previous piece, for an invalid sequence's offset
  int32_t tailLength;
  int64_t replacements;
};

// Counts each substitution, then substitutes as ICU's own callback does.
static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *error) {
  if (reason <= UCNV_IRREGULAR) ((cicu_decoder *)context)->replacements += 1;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, error);
}

cicu_decoder *cicu_decoder_open(const char *charset, bool stop_on_invalid, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  cicu_decoder *decoder = calloc(1, sizeof(cicu_decoder));
  if (decoder == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  strncpy(decoder->charset, charset, sizeof decoder->charset - 1);
  decoder->from = ucnv_open(charset, &error);
  if (U_SUCCESS(error)) decoder->to = ucnv_open("UTF-8", &error);
  if (U_SUCCESS(error)) {
    if (stop_on_invalid) {
      ucnv_setToUCallBack(decoder->from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    } else {
      ucnv_setToUCallBack(decoder->from, count_and_substitute, decoder, NULL, NULL, &error);
    }
  }
  *status = error;
  if (U_FAILURE(error)) {
    cicu_decoder_close(decoder);
    return NULL;
  }
  decoder->pivotSource = decoder->pivotTarget = decoder->pivot;
  return decoder;
}

void cicu_decoder_close(cicu_decoder *decoder) {
  if (decoder->from != NULL) ucnv_close(decoder->from);
  if (decoder->to != NULL) ucnv_close(decoder->to);
  free(decoder);
}

int64_t cicu_decoder_replacements(const cicu_decoder *decoder) { return decoder->replacements; }

int32_t cicu_decoder_convert(cicu_decoder *decoder, const char *source, int32_t length, bool flush,
                             char *target, int32_t capacity, int32_t *error_offset,
                             int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  *error_offset = 0;
  int32_t pending = ucnv_toUCountPending(decoder->from, &error);
  if (U_FAILURE(error) || pending < 0 || pending > decoder->tailLength) pending = 0;
  error = U_ZERO_ERROR;
  const char *input = source;
  char *output = target;
  ucnv_convertEx(decoder->to, decoder->from, &output, target + capacity, &input, source + length,
                 decoder->pivot, &decoder->pivotSource, &decoder->pivotTarget,
                 decoder->pivot + 4096, false, flush, &error);
  *status = error;
  if (error == U_INVALID_CHAR_FOUND || error == U_ILLEGAL_CHAR_FOUND ||
      error == U_TRUNCATED_CHAR_FOUND) {
    // Convert again from the start of the character the converter held, straight to UTF-16,
    // to learn where the invalid sequence starts (relative to `source`; negative when it
    // started in the previous piece).
    char *joined = malloc((size_t)pending + (size_t)length + 1);
    if (joined != NULL) {
      memcpy(joined, decoder->tail + decoder->tailLength - pending, (size_t)pending);
      memcpy(joined + pending, source, (size_t)length);
      int32_t offset = first_invalid_offset(decoder->charset, joined, pending + length);
      *error_offset = offset < 0 ? (int32_t)(input - source) : offset - pending;
      free(joined);
    }
  }
  // Keep the last bytes for the next piece's error path.
  if (length >= (int32_t)sizeof decoder->tail) {
    memcpy(decoder->tail, source + length - sizeof decoder->tail, sizeof decoder->tail);
    decoder->tailLength = sizeof decoder->tail;
  } else {
    int32_t keep = decoder->tailLength + length > (int32_t)sizeof decoder->tail
                       ? (int32_t)sizeof decoder->tail - length
                       : decoder->tailLength;
    memmove(decoder->tail, decoder->tail + decoder->tailLength - keep, (size_t)keep);
    memcpy(decoder->tail + keep, source, (size_t)length);
    decoder->tailLength = keep + length;
  }
  return (int32_t)(output - target);
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity,
                            int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&error);
  if (U_FAILURE(error)) {
    *status = error;
    return -1;
  }
  ucsdet_setText(detector, bytes, length, &error);
  const UCharsetMatch *match = ucsdet_detect(detector, &error);
  int32_t confidence = -1;
  if (U_SUCCESS(error) && match != NULL) {
    const char *found = ucsdet_getName(match, &error);
    confidence = ucsdet_getConfidence(match, &error);
    if (U_SUCCESS(error) && capacity > 0) {
      strncpy(name, found, (size_t)capacity - 1);
      name[capacity - 1] = 0;
    }
  }
  *status = error;
  ucsdet_close(detector);
  return confidence;
}

// MARK: Transliteration

struct cicu_transliterator {
  UTransliterator *transliterator;
};

cicu_transliterator *cicu_transliterator_open(const char *id, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar name[128];
  u_charsToUChars(id, name, (int32_t)strlen(id) + 1);
  UTransliterator *transliterator = utrans_openU(name, -1, UTRANS_FORWARD, NULL, 0, NULL, &error);
  *status = error;
  if (U_FAILURE(error)) return NULL;
  cicu_transliterator *wrapper = calloc(1, sizeof(cicu_transliterator));
  if (wrapper == NULL) {
    utrans_close(transliterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  wrapper->transliterator = transliterator;
  return wrapper;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

bool cicu_transliterate(const cicu_transliterator *transliterator, uint16_t *text, int32_t *length,
                        int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars(transliterator->transliterator, (UChar *)text, length, capacity, 0, &limit,
                     &error);
  *status = error;
  return U_SUCCESS(error);
}

// MARK: Chinese calendar

void cicu_lunar_to_gregorian(int32_t gregorian_year, int32_t lunar_month, bool leap_month,
                             int32_t lunar_day, int32_t *out, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  static const UChar zone[] = u"Asia/Shanghai";
  UCalendar *calendar = ucal_open(zone, -1, "zh@calendar=chinese", UCAL_DEFAULT, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return;
  }
  // The Chinese calendar's extended year is the Gregorian year of its new year + 2637.
  ucal_clear(calendar);
  ucal_set(calendar, UCAL_EXTENDED_YEAR, gregorian_year + 2637);
  ucal_set(calendar, UCAL_MONTH, lunar_month - 1);
  ucal_set(calendar, UCAL_IS_LEAP_MONTH, leap_month ? 1 : 0);
  ucal_set(calendar, UCAL_DATE, lunar_day);
  UDate millis = ucal_getMillis(calendar, &error);
  if (U_SUCCESS(error)) {
    UCalendar *gregorian = ucal_open(zone, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &error);
    if (U_SUCCESS(error)) {
      ucal_setMillis(gregorian, millis, &error);
      out[0] = ucal_get(gregorian, UCAL_YEAR, &error);
      out[1] = ucal_get(gregorian, UCAL_MONTH, &error) + 1;
      out[2] = ucal_get(gregorian, UCAL_DATE, &error);
      ucal_close(gregorian);
    }
  }
  *status = error;
  ucal_close(calendar);
}
