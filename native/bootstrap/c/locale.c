/*
 * Stand-in for GraalVM's locale helper: the default locale from the POSIX environment, as the JDK derives it
 * (language_COUNTRY.codeset@variant; the C and POSIX locales mean English).
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "svm_locale.h"

static svm_locale_props_t props;

/* Splits "ll_CC.codeset@variant" into language, country and variant; NULL parts are left unset. */
static int parse(int category, char **language, char **country, char **variant) {
    const char *name = setlocale(category, NULL);
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 || strncmp(name, "C.", 2) == 0) {
        name = "en";
    }
    char *copy = strdup(name);
    if (copy == NULL) {
        return 0;
    }
    char *at = strchr(copy, '@');
    if (at != NULL) {
        *at = '\0';
        *variant = strdup(at + 1);
    }
    char *dot = strchr(copy, '.');
    if (dot != NULL) {
        *dot = '\0';
    }
    char *underscore = strchr(copy, '_');
    if (underscore != NULL) {
        *underscore = '\0';
        *country = strdup(underscore + 1);
    }
    *language = copy;
    return 1;
}

int svm_initialize_locale(void) {
    setlocale(LC_ALL, "");
    if (!parse(LC_CTYPE, &props.format_language, &props.format_country, &props.format_variant)) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
#ifdef LC_MESSAGES
    if (!parse(LC_MESSAGES, &props.display_language, &props.display_country, &props.display_variant)) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
#endif
    return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

svm_locale_props_t *svm_get_locale(void) {
    return &props;
}
