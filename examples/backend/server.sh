#!/bin/sh
# Serves the greeting over HTTP on :8080 with busybox httpd.
cp /srv/greeting.txt /srv/index.html
exec httpd -f -p 8080 -h /srv
