"""External Fulfillment shipments (``.../2024-09-11/shipments``: the shipment workflow, packages,
shipping options, invoices, labels) and the label files their presigned-style URLs point to."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from packstation.sandbox.http import (
    empty_page,
    filters_key,
    json_response,
    max_results,
    page_token,
    parse_date,
    read_body,
    read_page_token,
)
from packstation.sandbox.state.errors import SandboxError, invalid
from packstation.sandbox.state.labels import LABEL_URL_TTL_S
from packstation.sandbox.state.shipments import SHIPMENT_STATUSES

if TYPE_CHECKING:
    from packstation.sandbox.app import SandboxApp

SHIPMENTS = "/externalFulfillment/2024-09-11/shipments"
LABELS = "/labels"


def _s3_error(status: int, code: str, message: str) -> Response:
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    return Response(xml, status_code=status, media_type="application/xml")


def _no_content() -> Response:
    return Response(status_code=204)


class ShipmentsApi:
    def __init__(self, server: SandboxApp) -> None:
        self.state = state = server.state
        #: Label URLs are signed with a key from the seed, so they survive a restart.
        self.signing_key = hashlib.sha256(f"sandbox-labels:{state.seed}".encode()).digest()
        one = SHIPMENTS + "/{shipmentId}"
        package = one + "/packages/{packageId}"
        op = server.add_operation
        op("getShipments", SHIPMENTS, "GET", self.get_shipments)
        op("getShipment", one, "GET", self.get_shipment)
        op("processShipment", one, "POST", self.process_shipment, changes=True)
        op("createPackages", one + "/packages", "POST", self.create_packages, changes=True)
        op("updatePackage", package, "PUT", self.update_package, changes=True)
        op("updatePackageStatus", package, "PATCH", self.update_package_status, changes=True)
        # retrieveShippingOptions moves the status too.
        op(
            "retrieveShippingOptions",
            one + "/shippingOptions",
            "GET",
            self.shipping_options,
            changes=True,
        )
        op("generateInvoice", one + "/invoice", "POST", self.generate_invoice, changes=True)
        op("retrieveInvoice", one + "/invoice", "GET", self.retrieve_invoice)
        op("generateShipLabels", one + "/shipLabels", "PUT", self.generate_labels, changes=True)
        server.add_route(LABELS + "/{token}", self.label_file, methods=["GET"])

    # ------------------------------------------------------------ reading

    async def get_shipments(self, request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status is None:
            raise invalid(
                "Missing required parameter 'status'.",
                f"status must be one of {', '.join(SHIPMENT_STATUSES)}.",
            )
        if status not in SHIPMENT_STATUSES:
            raise invalid(f"Invalid input '{status}' for parameter 'status'")
        limit = max_results(q.get("maxResults"))
        location_id, marketplace_id = q.get("locationId"), q.get("marketplaceId")
        channel_name = q.get("channelName")
        updated_after = parse_date("lastUpdatedAfter", q.get("lastUpdatedAfter"))
        updated_before = parse_date("lastUpdatedBefore", q.get("lastUpdatedBefore"))
        key = filters_key(
            {
                "status": status,
                "location_id": location_id,
                "marketplace_id": marketplace_id,
                "channel_name": channel_name,
                "updated_after": updated_after,
                "updated_before": updated_before,
            }
        )
        offset, emptied = 0, False
        if q.get("paginationToken"):
            token = read_page_token(q["paginationToken"])
            if token.get("k") != key:
                raise invalid(
                    "The paginationToken does not belong to these filters.",
                    "Repeat the same filters with the token.",
                )
            offset, emptied = token["o"], bool(token.get("e"))
        if not emptied and empty_page(self.state.seed, key, offset):
            return json_response(
                {
                    "shipments": [],
                    "pagination": {"nextToken": page_token({"k": key, "o": offset, "e": 1})},
                }
            )
        with self.state.lock:
            self.state.tick()
            matches = self.state.find_shipments(
                status=status,
                location_id=location_id,
                marketplace_id=marketplace_id,
                channel_name=channel_name,
                updated_after=updated_after,
                updated_before=updated_before,
            )
            page: list[dict[str, Any]] = []
            more = False
            for n, rec in enumerate(matches):
                if n < offset:
                    continue
                if len(page) == limit:
                    more = True
                    break
                page.append(self.state.shipment_json(rec))
        body: dict[str, Any] = {"shipments": page}
        if more:
            body["pagination"] = {"nextToken": page_token({"k": key, "o": offset + limit})}
        return json_response(body)

    async def get_shipment(self, request: Request) -> Response:
        return json_response(self.state.get_shipment(request.path_params["shipmentId"]))

    # ------------------------------------------------------------ workflow

    async def process_shipment(self, request: Request) -> Response:
        body = await read_body(request)
        self.state.process_shipment(
            request.path_params["shipmentId"], request.query_params.get("operation"), body
        )
        return _no_content()

    async def create_packages(self, request: Request) -> Response:
        body = await read_body(request, required=True)
        self.state.create_packages(request.path_params["shipmentId"], body)
        return _no_content()

    async def update_package(self, request: Request) -> Response:
        body = await read_body(request, required=True)
        self.state.update_package(
            request.path_params["shipmentId"], request.path_params["packageId"], body
        )
        return _no_content()

    async def update_package_status(self, request: Request) -> Response:
        body = await read_body(request)
        self.state.update_package_status(
            request.path_params["shipmentId"],
            request.path_params["packageId"],
            request.query_params.get("status"),
            body,
        )
        return _no_content()

    async def shipping_options(self, request: Request) -> Response:
        return json_response(
            self.state.shipping_options(
                request.path_params["shipmentId"], request.query_params.get("packageId")
            )
        )

    async def generate_invoice(self, request: Request) -> Response:
        return json_response(self.state.generate_invoice(request.path_params["shipmentId"]))

    async def retrieve_invoice(self, request: Request) -> Response:
        return json_response(self.state.retrieve_invoice(request.path_params["shipmentId"]))

    # ------------------------------------------------------------ labels

    def _signature(self, token: str) -> str:
        return hmac.new(self.signing_key, token.encode(), hashlib.sha256).hexdigest()

    def label_url(self, request: Request, token: str) -> str:
        stamp = datetime.fromtimestamp(self.state.now(), UTC).strftime("%Y%m%dT%H%M%SZ")
        base = str(request.base_url).rstrip("/")
        return (
            f"{base}{LABELS}/{token}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}"
            f"&X-Amz-Expires={LABEL_URL_TTL_S}&X-Amz-SignedHeaders=host"
            f"&X-Amz-Signature={self._signature(token)}"
        )

    async def generate_labels(self, request: Request) -> Response:
        body = await read_body(request)
        q = request.query_params
        labels = self.state.generate_labels(
            request.path_params["shipmentId"], q.get("operation"), q.get("shippingOptionId"), body
        )
        for entry in labels:
            if "fileData" in entry:
                entry["fileData"] = {"url": self.label_url(request, entry["fileData"]["url"])}
        return json_response({"packageShipLabelList": labels})

    async def label_file(self, request: Request) -> Response:
        """The label behind a presigned-style URL (S3's XML errors: no token, no EF envelope)."""
        token = request.path_params["token"]
        signature = request.query_params.get("X-Amz-Signature", "")
        if not hmac.compare_digest(signature, self._signature(token)):
            return _s3_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        try:
            media_type, content = self.state.label_file(token)
        except SandboxError as exc:
            return _s3_error(exc.status, exc.code, exc.message)
        return Response(content, media_type=media_type)
