"""A local SMTP server that accepts every mail and appends one line per mail (recipients and subject) to a file:
the e-mail end of bench/two-nodes.sh. Usage: python3 smtp_sink.py PORT FILE"""
import asyncore
import email
import smtpd
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data if isinstance(data, bytes) else data.encode())
        with open(sys.argv[2], "a", encoding="utf-8") as out:
            out.write("%s\t%s\n" % (",".join(rcpttos), message.get("Subject", "")))
        return None


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
