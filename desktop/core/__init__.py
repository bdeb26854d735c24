"""Qt-free domain: the things a study is made of and the rules they follow."""
