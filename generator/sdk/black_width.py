"""The display width of characters, as black measures it: black's own table, vendored.

black decides where a line breaks by `black.strings.str_width`: a character in a range of
`WIDTH_TABLE` takes that range's width (a negative width counts as 0), any other character
one column. `generator.sdk.layout` must measure exactly so, or it wraps a line black would
not and black formats the file twice; importing black for its table would cost every
generation black's import time, so the table is copied here. tests/test_layout.py checks that
it still equals the installed black's: when a black upgrade changes it, copy it again.
"""

# Copied from black 26.10.1, src/black/_width_table.py (https://github.com/psf/black), which
# black generates with its scripts/make_width_table.py from wcwidth 0.2.14 (Unicode 17.0.0).
# black is distributed under the MIT licence:
#
# The MIT License (MIT)
#
# Copyright (c) 2018 Łukasz Langa
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.

from typing import Final

WIDTH_TABLE: Final[tuple[tuple[int, int, int], ...]] = (
    (4352, 4447, 2),
    (8986, 8987, 2),
    (9001, 9002, 2),
    (9193, 9196, 2),
    (9200, 9200, 2),
    (9203, 9203, 2),
    (9725, 9726, 2),
    (9748, 9749, 2),
    (9776, 9783, 2),
    (9800, 9811, 2),
    (9855, 9855, 2),
    (9866, 9871, 2),
    (9875, 9875, 2),
    (9889, 9889, 2),
    (9898, 9899, 2),
    (9917, 9918, 2),
    (9924, 9925, 2),
    (9934, 9934, 2),
    (9940, 9940, 2),
    (9962, 9962, 2),
    (9970, 9971, 2),
    (9973, 9973, 2),
    (9978, 9978, 2),
    (9981, 9981, 2),
    (9989, 9989, 2),
    (9994, 9995, 2),
    (10024, 10024, 2),
    (10060, 10060, 2),
    (10062, 10062, 2),
    (10067, 10069, 2),
    (10071, 10071, 2),
    (10133, 10135, 2),
    (10160, 10160, 2),
    (10175, 10175, 2),
    (11035, 11036, 2),
    (11088, 11088, 2),
    (11093, 11093, 2),
    (11904, 11929, 2),
    (11931, 12019, 2),
    (12032, 12245, 2),
    (12272, 12329, 2),
    (12336, 12350, 2),
    (12353, 12438, 2),
    (12443, 12543, 2),
    (12549, 12591, 2),
    (12593, 12686, 2),
    (12688, 12773, 2),
    (12783, 12830, 2),
    (12832, 12871, 2),
    (12880, 42124, 2),
    (42128, 42182, 2),
    (43360, 43388, 2),
    (44032, 55203, 2),
    (63744, 64255, 2),
    (65040, 65049, 2),
    (65072, 65106, 2),
    (65108, 65126, 2),
    (65128, 65131, 2),
    (65281, 65376, 2),
    (65504, 65510, 2),
    (94176, 94179, 2),
    (94194, 94198, 2),
    (94208, 101589, 2),
    (101631, 101662, 2),
    (101760, 101874, 2),
    (110576, 110579, 2),
    (110581, 110587, 2),
    (110589, 110590, 2),
    (110592, 110882, 2),
    (110898, 110898, 2),
    (110928, 110930, 2),
    (110933, 110933, 2),
    (110948, 110951, 2),
    (110960, 111355, 2),
    (119552, 119638, 2),
    (119648, 119670, 2),
    (126980, 126980, 2),
    (127183, 127183, 2),
    (127374, 127374, 2),
    (127377, 127386, 2),
    (127488, 127490, 2),
    (127504, 127547, 2),
    (127552, 127560, 2),
    (127568, 127569, 2),
    (127584, 127589, 2),
    (127744, 127776, 2),
    (127789, 127797, 2),
    (127799, 127868, 2),
    (127870, 127891, 2),
    (127904, 127946, 2),
    (127951, 127955, 2),
    (127968, 127984, 2),
    (127988, 127988, 2),
    (127992, 127994, 2),
    (128000, 128062, 2),
    (128064, 128064, 2),
    (128066, 128252, 2),
    (128255, 128317, 2),
    (128331, 128334, 2),
    (128336, 128359, 2),
    (128378, 128378, 2),
    (128405, 128406, 2),
    (128420, 128420, 2),
    (128507, 128591, 2),
    (128640, 128709, 2),
    (128716, 128716, 2),
    (128720, 128722, 2),
    (128725, 128728, 2),
    (128732, 128735, 2),
    (128747, 128748, 2),
    (128756, 128764, 2),
    (128992, 129003, 2),
    (129008, 129008, 2),
    (129292, 129338, 2),
    (129340, 129349, 2),
    (129351, 129535, 2),
    (129648, 129660, 2),
    (129664, 129674, 2),
    (129678, 129734, 2),
    (129736, 129736, 2),
    (129741, 129756, 2),
    (129759, 129770, 2),
    (129775, 129784, 2),
    (131072, 196605, 2),
    (196608, 262141, 2),
)
