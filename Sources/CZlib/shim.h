// zlib for reading gzip-compressed saved pages (.html.gz). Swift's own Linux dependencies
// include zlib1g-dev, and libxml2 already loads libz into the process.
#include <zlib.h>
