// libxml2's HTML parser (the one lxml uses): tolerant of real-world tag soup.
#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own copy.
// lede never touches xmlCharEncodingHandler (the only struct ICU changes), so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
// The parser context and SAX2 handlers, to run the HTML parser as htmlReadMemory does with our own tree builder.
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#endif
