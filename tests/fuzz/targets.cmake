# The fuzz targets: one line each, `rapport_fuzz_target(NAME CORPUS SOURCES...)`.
#   NAME     the target, built from tests/fuzz/NAME.cpp (which defines LLVMFuzzerTestOneInput)
#   CORPUS   the folder under tests/fuzz/corpus/ holding its seed inputs
#   SOURCES  the core sources it needs, relative to the repository root (compiled again with
#            clang and the sanitizers; only Qt Core is linked, so readers with few dependencies)
# Both tests/fuzz/CMakeLists.txt (which registers a CTest test per target) and the clang project
# in tests/fuzz/targets/ (which builds them) include this file.
rapport_fuzz_target(fuzz_csv csv core/io/csvreader.cpp core/io/csvdialect.cpp core/io/csvvalues.cpp)
rapport_fuzz_target(fuzz_vcard vcard core/io/vcardreader.cpp core/io/vcardwriter.cpp
    core/io/vcardtext.cpp)
