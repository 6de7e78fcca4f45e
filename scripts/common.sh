# Sourced by run-app and run-tests: the repository root and one way to configure and build.
# shellcheck shell=bash

rapport_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# rapport_configure BUILD_DIR [CMAKE ARGS...]: configures (or re-configures) BUILD_DIR. Ninja is
# used when installed (only for a new build directory: CMake cannot switch generators), ccache
# when installed; both are optional.
rapport_configure() {
    local dir=$1
    shift
    local args=()
    if [[ ! -f $dir/CMakeCache.txt ]] && command -v ninja >/dev/null; then
        args+=(-G Ninja)
    fi
    if command -v ccache >/dev/null; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    else
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=)
    fi
    cmake -S "$rapport_root" -B "$dir" "${args[@]}" "$@"
}

# rapport_build BUILD_DIR [cmake --build ARGS...]: builds with every core unless RAPPORT_JOBS says
# otherwise.
rapport_build() {
    local dir=$1
    shift
    cmake --build "$dir" --parallel "${RAPPORT_JOBS:-$(nproc 2>/dev/null || echo 2)}" "$@"
}
