// NET Guide on S3 + CloudFront: a CloudFront Function (viewer request, runtime cloudfront-js-2.0).
// An S3 origin has no directory index: /treatment/ must be fetched as /treatment/index.html.
// An address without its final slash (/treatment) is sent to the address with it, like any web server.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.charAt(uri.length - 1) === "/") {
    request.uri = uri + "index.html";
  } else if (uri.split("/").pop().indexOf(".") === -1) {
    return { statusCode: 301, statusDescription: "Moved Permanently", headers: { location: { value: uri + "/" } } };
  }
  return request;
}
