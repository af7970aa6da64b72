#!/usr/bin/env bash
# Rasterizes one page of a PDF to PNG so a person can look at it: render-pdf-page.sh IN.pdf PAGE OUT.png
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "Uso: $0 ENTRADA.pdf PÁGINA SALIDA.png" >&2
    exit 2
fi
command -v pdftoppm >/dev/null || { echo "Falta pdftoppm: apt-get install -y poppler-utils" >&2; exit 1; }
out="${3%.png}"
pdftoppm -f "$2" -l "$2" -r 80 -png -singlefile "$1" "$out"
echo "$out.png"
