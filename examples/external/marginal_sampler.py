#!/usr/bin/env python3
"""A minimal outside generator for synthaudit's `external` generator.

It reads the training CSV file synthaudit hands it, samples every column independently from
the values of that column (missing values, written as empty cells, included), and writes the
requested number of rows to the output file. It needs nothing beyond a standard Python 3.

    python3 marginal_sampler.py --train TRAIN.csv --output OUT.csv --rows N --seed S

A real generator (CTGAN, TVAE, synthpop, a vendor's tool) takes the place of this script with
the same four arguments; see the "Outside generators" section of the README.
"""

import argparse
import csv
import random
import sys


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True, help="training CSV file to read")
    parser.add_argument("--output", required=True, help="synthetic CSV file to write")
    parser.add_argument("--rows", required=True, type=int, help="number of rows to write")
    parser.add_argument("--seed", required=True, type=int, help="seed of the sampling")
    return parser.parse_args()


def read_columns(path):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = [[] for _ in header]
        for record in reader:
            for position, value in enumerate(record):
                columns[position].append(value)
    return header, columns


def main():
    arguments = parse_arguments()
    if arguments.rows < 0:
        sys.exit("--rows must be >= 0, was %d" % arguments.rows)
    header, columns = read_columns(arguments.train)
    print("read %d rows of %d columns from %s"
          % (len(columns[0]) if columns else 0, len(header), arguments.train), file=sys.stderr)

    generator = random.Random(arguments.seed)
    sampled = [[generator.choice(values) for _ in range(arguments.rows)] if values
               else [""] * arguments.rows for values in columns]

    with open(arguments.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in range(arguments.rows):
            writer.writerow([column[row] for column in sampled])
    print("wrote %d rows to %s" % (arguments.rows, arguments.output), file=sys.stderr)


if __name__ == "__main__":
    main()
