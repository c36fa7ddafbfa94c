"""Personal data and secrets as an attacker (or a careless user) writes them: split across
lines, inside JSON strings, in full-width and escaped characters, in tool-call arguments.
Each case: (text, the values that must not survive). Card numbers pass Luhn, IBANs mod 97."""

CORPUS = [
    ("Contact me at jane.doe+work@example.com please", ["jane.doe+work@example.com"]),
    ("my mail: JANE_DOE (at) example . org", ["JANE_DOE", "example . org"]),
    ('{"to": "bob\\u0040corp.example", "body": "hi"}', ["bob\\u0040corp.example", "bob@corp"]),
    ("ｅｍａｉｌ: ｍａｒｙ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["ｍａｒｙ", "mary@example.com"]),
    ("Card 4111 1111 1111 1111 exp 12/29", ["4111 1111 1111 1111"]),
    ("card no. 5500-0000-0000-0004", ["5500-0000-0000-0004"]),
    ("pay with 4012888888\n881881 now", ["4012888888\n881881"]),
    ("４１１１１１１１１１１１１１１１", ["４１１１１１１１１１１１１１１１"]),
    ("IBAN DE89 3704 0044 0532 0130 00 for the refund", ["DE89 3704 0044 0532 0130 00"]),
    ("GB82WEST12345698765432", ["GB82WEST12345698765432"]),
    ("SSN 078-05-1120 on file", ["078-05-1120"]),
    ("NI number QQ 12 34 56 C", ["QQ 12 34 56 C"]),
    ("call +1 (415) 555-2671 or 020 7946 0958", ["415) 555-2671", "7946 0958"]),
    ("téléphone : 06 12 34 56 78", ["06 12 34 56 78"]),
    ("server at 192.168.10.42 and 2001:db8::8a2e:370:7334",
     ["192.168.10.42", "2001:db8::8a2e:370:7334"]),
    ("use key sk-proj-abcdefghijklmnopqrstuvwxyz012345", ["sk-proj-abcdefghijklmnopqrstuvwxyz"]),
    ("ANTHROPIC_API_KEY=sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv", ["sk-ant-api03-AbCdEf"]),
    ("aws AKIAIOSFODNN7EXAMPLE secret", ["AKIAIOSFODNN7EXAMPLE"]),
    ("git push with ghp_16C7e42F292c6912E7710c838347Ae178B4a", ["ghp_16C7e42F292c6912E77"]),
    ("slack xoxb-1234567890-abcdefghijkl and google AIzaSyA1234567890abcdefghijklmnopqrstuv",
     ["xoxb-1234567890", "AIzaSyA1234567890abcdefghij"]),
    ("numéro de sécurité sociale 1 85 05 78 006 084 36", ["1 85 05 78 006 084 36"]),
    ("Authorization: Bearer abc.def-ghi_jkl123456", ["abc.def-ghi_jkl123456"]),
    ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
     ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0"]),
    ('{"name": "lookup_customer", "arguments": "{\\"email\\": \\"x.y@shop.example\\", '
     '\\"card\\": \\"378282246310005\\"}"}', ["x.y@shop.example", "378282246310005"]),
]

# ordinary text that must come through as it was
BENIGN = [
    "Version 2.5.1 shipped in 2024 with 3 fixes.",
    "The answer is 42, and pi is about 3.14159.",
    "Order #12345 ships Tuesday.",
    "Use model gpt-4o-mini for short prompts.",
]
