"""Answers as models write them, in several languages, with what each answer check must say.

Each case: (answer text, finish reason, the request's arguments (or None), tool calls,
{check: expected result}). Only the checks named are asserted; a check missing from the
expected results must not have run when it is one that only applies on request (json,
json_schema, tool_arguments).
"""

PERSON = {"type": "object", "properties": {"name": {"type": "string"},
                                           "age": {"type": "integer", "minimum": 0}},
          "required": ["name", "age"], "additionalProperties": False}
JSON_SCHEMA = {"response_format": {"type": "json_schema",
                                   "json_schema": {"name": "person", "strict": True,
                                                   "schema": PERSON}}}
JSON_OBJECT = {"response_format": {"type": "json_object"}}
RESPONSES_SCHEMA = {"text": {"format": {"type": "json_schema", "name": "person",
                                        "schema": PERSON}}}
ANTHROPIC_SCHEMA = {"output_format": {"type": "json_schema", "schema": PERSON}}
# the current anthropic SDK's own argument for the same (output_format: the beta's name)
ANTHROPIC_OUTPUT_CONFIG = {"output_config": {"format": {"type": "json_schema",
                                                         "schema": PERSON}}}
WEATHER = {"type": "object", "properties": {"city": {"type": "string"},
                                            "unit": {"enum": ["c", "f"]}},
           "required": ["city"]}
OPENAI_TOOLS = {"tools": [{"type": "function", "function": {"name": "get_weather",
                                                             "parameters": WEATHER}}]}
ANTHROPIC_TOOLS = {"tools": [{"name": "get_weather", "description": "Weather now",
                              "input_schema": WEATHER}]}

PLAIN = {"refusal": "pass", "empty": "pass", "truncated": "pass", "hedge": "pass"}

CORPUS = [
    # refusals: only at the start of the answer
    ("I'm sorry, but I can't help with that request.", "stop", None, [],
     {"refusal": "fail", "hedge": "pass"}),
    ("I’m sorry, but I can’t assist with creating malware.", "stop", None, [],
     {"refusal": "fail"}),  # curly apostrophes
    ("  **I cannot help with** bypassing the licence check.", "stop", None, [],
     {"refusal": "fail"}),  # leading space and markdown
    ("As an AI language model, I don't have personal opinions.", "stop", None, [],
     {"refusal": "fail"}),
    ("I must decline to write that.", "stop", None, [], {"refusal": "fail"}),
    ("Je suis désolé, mais je ne peux pas vous aider avec cette demande.", "stop", None, [],
     {"refusal": "fail"}),
    ("Es tut mir leid, aber ich kann bei dieser Anfrage nicht helfen.", "stop", None, [],
     {"refusal": "fail"}),
    ("Lo siento, pero no puedo ayudarte con eso.", "stop", None, [], {"refusal": "fail"}),
    ("Desculpe, mas não posso ajudar com isso.", "stop", None, [], {"refusal": "fail"}),
    ("Mi dispiace, ma non posso fornire queste informazioni.", "stop", None, [],
     {"refusal": "fail"}),
    ("申し訳ありませんが、そのご依頼にはお応えできません。", "stop", None, [],
     {"refusal": "fail"}),
    ("抱歉，我无法提供这方面的帮助。", "stop", None, [], {"refusal": "fail"}),
    ("죄송하지만 그 요청은 도와드릴 수 없습니다.", "stop", None, [], {"refusal": "fail"}),
    # not refusals: the phrase is elsewhere, quoted, or part of a longer word
    ("Here is the summary. The customer wrote: \"I can't help with the login\".", "stop",
     None, [], PLAIN),
    ("To reset your password, open Settings > Security.", "stop", None, [], PLAIN),
    ("As an aide-memoire: the deadline is Friday.", "stop", None, [], PLAIN),
    ("Sorry for the wait! Your order ships tomorrow.", "stop", None, [], PLAIN),
    ("Voici la réponse : le colis arrive lundi.", "stop", None, [], PLAIN),
    ("Die Lieferung kommt am Montag.", "stop", None, [], PLAIN),
    ("La entrega llega el lunes.", "stop", None, [], PLAIN),
    ("配送は月曜日に届きます。", "stop", None, [], PLAIN),
    # hedges: anywhere, whole words
    ("The capital of Australia is Canberra, I think.", "stop", None, [],
     {"hedge": "fail", "refusal": "pass"}),
    ("I'm not sure, but the API was probably deprecated in 2023.", "stop", None, [],
     {"hedge": "fail"}),
    ("If I recall correctly, the limit is 100 requests per minute.", "stop", None, [],
     {"hedge": "fail"}),
    ("As of my last update, the library was at version 3.", "stop", None, [],
     {"hedge": "fail"}),
    ("Je pense que la réunion est à 10 h.", "stop", None, [], {"hedge": "fail"}),
    ("Ich bin mir nicht sicher, ob das stimmt.", "stop", None, [], {"hedge": "fail"}),
    ("Creo que el vuelo sale a las 9.", "stop", None, [], {"hedge": "fail"}),
    ("明日は雨が降ると思います。", "stop", None, [], {"hedge": "fail"}),
    ("我认为这个方案可行。", "stop", None, [], {"hedge": "fail"}),
    ("I thinkpad is a laptop brand; we stock three models.", "stop", None, [],
     {"hedge": "pass"}),  # "i think" inside a word is not a hedge
    ("The believer's guide lists 12 steps.", "stop", None, [], {"hedge": "pass"}),
    # empty and truncated
    ("", "stop", None, [], {"empty": "fail", "truncated": "pass"}),
    ("   \n\t  ", "stop", None, [], {"empty": "fail"}),
    ("", "tool_calls", OPENAI_TOOLS, [("get_weather", '{"city": "Paris"}')],
     {"empty": "pass", "tool_arguments": "pass"}),
    ("The report covers three areas: revenue, churn and" , "length", None, [],
     {"truncated": "fail", "empty": "pass"}),
    # JSON output asked for
    ('{"name": "Ada", "age": 36}', "stop", JSON_SCHEMA, [],
     {"json": "pass", "json_schema": "pass"}),
    ('  {"name": "Ada", "age": 36}\n', "stop", JSON_OBJECT, [], {"json": "pass"}),
    ('{"name": "Ada", "age": -1}', "stop", JSON_SCHEMA, [],
     {"json": "pass", "json_schema": "fail"}),
    ('{"name": "Ada"}', "stop", JSON_SCHEMA, [], {"json": "pass", "json_schema": "fail"}),
    ('{"name": "Ada", "age": 36, "email": "a@b.c"}', "stop", JSON_SCHEMA, [],
     {"json": "pass", "json_schema": "fail"}),  # additionalProperties: false
    ('```json\n{"name": "Ada", "age": 36}\n```', "stop", JSON_SCHEMA, [], {"json": "fail"}),
    ('{"name": "Ada", "age": 36', "stop", JSON_OBJECT, [], {"json": "fail"}),
    ("Sure! Here is the JSON: {\"name\": \"Ada\"}", "stop", JSON_OBJECT, [],
     {"json": "fail"}),
    ('{"name": "Grace", "age": 85}', "stop", RESPONSES_SCHEMA, [],
     {"json": "pass", "json_schema": "pass"}),
    ('{"name": "Grace", "age": "85"}', "stop", ANTHROPIC_SCHEMA, [],
     {"json": "pass", "json_schema": "fail"}),
    ('{"name": "Ada", "ag', "length", JSON_SCHEMA, [], {"truncated": "fail"}),  # json not run
    # tool calls against the tools offered
    ("", "tool_calls", OPENAI_TOOLS, [("get_weather", '{"city": "Oslo", "unit": "c"}')],
     {"tool_arguments": "pass"}),
    ("", "tool_calls", OPENAI_TOOLS, [("get_weather", '{"unit": "k"}')],
     {"tool_arguments": "fail"}),
    ("", "tool_calls", OPENAI_TOOLS, [("get_weather", '{"city": "Oslo"')],
     {"tool_arguments": "fail"}),  # arguments that are not JSON
    ("", "tool_calls", OPENAI_TOOLS, [("delete_account", '{}')],
     {"tool_arguments": "fail"}),  # a tool the request did not offer
    ("Let me check.", "tool_use", ANTHROPIC_TOOLS, [("get_weather", '{"city": "Lima"}')],
     {"tool_arguments": "pass", "empty": "pass"}),
    # a long answer: the refusal check reads its start only, the hedge check all of it
    ("Here is the full report. " + "Revenue grew in every region. " * 400, "stop", None, [],
     PLAIN),
    ("Here is the full report. " + "Revenue grew in every region. " * 400
     + "That said, I may be wrong about Q3.", "stop", None, [], {"hedge": "fail"}),
]

# checks that run only when the request asks for them
ON_REQUEST = ("json", "json_schema", "tool_arguments")

# Through the proxy and the SDK wrappers, against the fake provider: (prompt name, the last
# user message the fake answers (fake_provider.scripted), extra request arguments for OpenAI
# chat, for Anthropic messages, the results expected). Each answer is streamed in pieces.
THROUGH_SDKS = [
    ("refused", "say: I'm sorry, but I can't help with that request.", {}, {},
     {"refusal": "fail", "hedge": "pass", "empty": "pass", "truncated": "pass"}),
    ("hedged", "say: The limit is 100 per minute, if I recall correctly.", {}, {},
     {"refusal": "pass", "hedge": "fail"}),
    ("json-bad", 'say: {"name": "Ada", "age": -1}', JSON_SCHEMA, {"extra_body": ANTHROPIC_SCHEMA},
     {"json": "pass", "json_schema": "fail", "hedge": "pass"}),
    ("json-good", 'say: {"name": "Ada", "age": 36}', JSON_SCHEMA,
     ANTHROPIC_OUTPUT_CONFIG, {"json": "pass", "json_schema": "pass"}),
    ("tool-bad", 'call: get_weather {"unit": "k"}', OPENAI_TOOLS, ANTHROPIC_TOOLS,
     {"tool_arguments": "fail", "empty": "pass"}),
    ("tool-good", 'call: get_weather {"city": "Oslo", "unit": "c"}', OPENAI_TOOLS,
     ANTHROPIC_TOOLS, {"tool_arguments": "pass"}),
    ("cited", "say: Reset it under Settings [1].", {}, {}, {"cites_source": "pass"}),
    ("uncited", "say: Reset it under Settings.", {}, {}, {"cites_source": "fail"}),
]
# the operator's rule those two cases exercise (checks.prompts in the config)
CITES = {"cited": ({"name": "cites_source", "must_match": r"\[\d+\]"},),
         "uncited": ({"name": "cites_source", "must_match": r"\[\d+\]"},)}
