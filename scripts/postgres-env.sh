# The PostgreSQL server the tests use; sourced by test.sh and bench scripts.
export PARLEY_TEST_POSTGRES="${PARLEY_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=parley;Password=parley;Database=parley_test}"
