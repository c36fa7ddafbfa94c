"""Personal data and secrets as an attacker (or a careless user) writes them: split across
lines, inside JSON strings, in full-width and escaped characters, in tool-call arguments.
Each case: (text, the values that must not survive). Card numbers pass Luhn, IBANs mod 97,
the French NIR its key. A phone number's country code is part of the number: "+81" must not
survive either. Ordinary text that must come through: ``data/ordinary_corpus.py``."""

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
    ("numéro de sécurité sociale 1 85 05 78 006 084 91", ["1 85 05 78 006 084 91", "006 084"]),
    ("Authorization: Bearer abc.def-ghi_jkl123456", ["abc.def-ghi_jkl123456"]),
    ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
     ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0"]),
    # phone numbers: international (the country code too), national, after a word for one;
    # few texts, each with many numbers (tests/integration sends each text as a message)
    ("Tokyo +81 3-1234-5678, Beijing +86 138 0013 8000, Mumbai +91 98765 43210, Sydney "
     "+61 2 9876 5432, SF +1 (415) 555-0132, fax +1-415-555-0133, São Paulo +55 11 91234-5678, "
     "E.164 +14155550123, URI tel:+442079460958",
     ["+81", "3-1234-5678", "3-1234", "+86", "0013 8000", "+91", "98765", "43210", "+61",
      "9876 5432", "+1 (", "(415", "555-0132", "555-0133", "+55", "91234", "+1415", "4155550123",
      "+44207", "2079460958"]),
    ("London +44 20 7946 0958 or +44 (0)20 7946 0959, Paris +33 6 12 34 56 78, bureau "
     "+33 (0)1 23 45 67 89, Berlin 0049 30 12345678, Moscow +7 (495) 123-45-67, Dublin "
     "+353 1 234 5678, Roma +39 06 1234 5678, Zürich +41 44 668 18 00, Dubai +971 50 123 4567",
     ["+44", "7946 0958", "0)20", "0959", "+33", "12 34 56 78", "23 45 67", "0049", "12345678",
      "+7", "495) 123", "45-67", "+353", "234 5678", "+39", "06 1234", "+41", "668 18",
      "+971", "123 4567"]),
    ("UK (020) 7946 0958, DE 030 12345679, FR 06.12.34.56.79, JP 03-1234-5678, AU 0412 345 678, "
     "US 415.555.0132, 415-555-0134, 1-800-555-0199 or (415) 555-0135",
     ["(020", "7946 0958", "030 1", "2345679", "06.12", "56.79", "03-1234", "0412", "345 678",
      "415.555", "0132", "555-0134", "800-555", "0199", "(415", "0135"]),
    ("call me at 4155550136 or SMS 612 345 678 (phone: 612 345 679); Tel.: 555-0137, mobile "
     "no. 98765 43211",
     ["4155550136", "612 345 678", "612 345 679", "555-0137", "98765 43211"]),
    ("split +44 20\n7946 0958 and 00 44 20 7946 0957; ＋８１ ３－１２３４－５６７８",
     ["+44", "7946 0958", "00 44", "0957", "＋８１", "１２３４", "+81"]),
    ('{"phone": "\\u002B44 20 7946 0958"}', ["u002B44", "+44", "7946 0958"]),
    ('{"name": "lookup_customer", "arguments": "{\\"email\\": \\"x.y@shop.example\\", '
     '\\"card\\": \\"378282246310005\\"}"}', ["x.y@shop.example", "378282246310005"]),
]

# ordinary text that must come through as it was (more: data/ordinary_corpus.py)
BENIGN = [
    "Version 2.5.1 shipped in 2024 with 3 fixes.",
    "The answer is 42, and pi is about 3.14159.",
    "Order #12345 ships Tuesday.",
    "Use model gpt-4o-mini for short prompts.",
]
