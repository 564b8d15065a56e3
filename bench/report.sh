#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the comparison report: JMH on every workload, backend,
# engine and implementation, then the table (about 10 minutes on 2 cores). Arguments go to JMH, e.g.
#   bench/report.sh -p workload=BULK_RW,STAT_DEEP      fewer workloads
#   bench/report.sh -wi 5 -i 10 -f 2                    a longer, steadier run
# The output, table included, is also kept in bench/target/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -Dmaven.test.skip=true
java -cp bench/target/benchmarks.jar dev.wasi4j.bench.Report "$@" | tee bench/target/report.txt
